package export

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// odfSchemaDir holds the OASIS OpenDocument 1.3 RelaxNG schema files
// (OpenDocument-v1.3-schema.rng and OpenDocument-v1.3-manifest-schema.rng)
// with their notice. The project could not obtain them through the package
// registries it may use (none of Debian's, npm's or Go's packages ships
// them), so they are not committed yet; the test validates against them as
// soon as they are placed there, and skips until then.
var odfSchemaDir = filepath.Join("testdata", "odf-1.3")

// TestODTRelaxNG validates the XML parts of ODT exports against the ODF 1.3
// schema with xmllint --relaxng (Debian's libxml2-utils).
func TestODTRelaxNG(t *testing.T) {
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not installed (apt-get install libxml2-utils)")
	}
	schema := filepath.Join(odfSchemaDir, "OpenDocument-v1.3-schema.rng")
	manifest := filepath.Join(odfSchemaDir, "OpenDocument-v1.3-manifest-schema.rng")
	for _, p := range []string{schema, manifest} {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("ODF 1.3 schema not present: %v (see odfSchemaDir)", err)
		}
	}
	dir := t.TempDir()
	inputs := map[string][]byte{
		"fixture": render(t, ODT, mustRead(t, "report.md"), fixtureOptions(t)),
		"hostile": render(t, ODT, []byte(hostile), Options{Company: "A&B <Corp>", Title: "]]> \"t\"", Ticket: "T-1"}),
	}
	for name, odt := range inputs {
		_, parts, err := zipParts(odt)
		if err != nil {
			t.Fatal(err)
		}
		for part, rng := range map[string]string{"content.xml": schema, "styles.xml": schema, "meta.xml": schema, "META-INF/manifest.xml": manifest} {
			path := filepath.Join(dir, name+"-"+strings.ReplaceAll(part, "/", "-"))
			if err := os.WriteFile(path, parts[part], 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(xmllint, "--noout", "--relaxng", rng, path).CombinedOutput()
			if err != nil {
				t.Errorf("%s %s does not validate: %v\n%s", name, part, err, out)
			}
		}
	}
}
