package export

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// golden compares got with testdata/golden/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", filepath.FromSlash(name))
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test -update and review the diff)\n%s", name, firstDiff(want, got))
	}
}

func firstDiff(want, got []byte) string {
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\nwant: " + trunc(w) + "\ngot:  " + trunc(g)
		}
	}
	return ""
}

func trunc(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

// indentXML puts one element per line so golden diffs stay readable.
func indentXML(b []byte) []byte {
	return bytes.ReplaceAll(b, []byte("><"), []byte(">\n<"))
}

func TestGoldenHTML(t *testing.T) {
	golden(t, "report.html", render(t, HTML, mustRead(t, "report.md"), fixtureOptions(t)))
}

// TestGoldenZipParts compares the XML parts of the DOCX and ODT exports
// and the list of zip entries.
func TestGoldenZipParts(t *testing.T) {
	for _, f := range []Format{DOCX, ODT} {
		t.Run(string(f), func(t *testing.T) {
			files, parts, err := zipParts(render(t, f, mustRead(t, "report.md"), fixtureOptions(t)))
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, zf := range files {
				names = append(names, zf.Name)
			}
			golden(t, string(f)+"/entries.txt", []byte(strings.Join(names, "\n")+"\n"))
			sorted := append([]string(nil), names...)
			sort.Strings(sorted)
			for _, name := range sorted {
				if strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels") {
					golden(t, string(f)+"/"+strings.NewReplacer("[", "", "]", "").Replace(name), indentXML(parts[name]))
				}
			}
		})
	}
}

// pdfText extracts the text of a PDF with pdftotext, skipping the test
// when poppler-utils is not installed.
func pdfText(t *testing.T, pdf []byte, layout bool) string {
	t.Helper()
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext not installed (apt-get install poppler-utils)")
	}
	path := filepath.Join(t.TempDir(), "report.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"-enc", "UTF-8"}
	if layout {
		args = append(args, "-layout")
	}
	out, err := exec.Command(bin, append(args, path, "-")...).CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, out)
	}
	return string(out)
}

func TestGoldenPDFText(t *testing.T) {
	pdf := render(t, PDF, mustRead(t, "report.md"), fixtureOptions(t))
	golden(t, "report.pdf.txt", []byte(pdfText(t, pdf, false)))
}
