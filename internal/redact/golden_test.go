package redact

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// readThread reads the realistic ticket testdata/thread.json.
func readThread(t testing.TB) *ticket.Ticket {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "thread.json"))
	if err != nil {
		t.Fatal(err)
	}
	tk, _, err := ticket.Parse(data, "thread.json")
	if err != nil {
		t.Fatal(err)
	}
	return tk
}

// renderThread writes a ticket's message thread as a Markdown report section would:
// a header, a table of the participants, and each message as a block quote.
func renderThread(tk *ticket.Ticket) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s: %s\n\n", tk.ID, tk.Subject)
	fmt.Fprintf(&b, "| customer | contact | e-mail | phone |\n|---|---|---|---|\n| %s | %s | %s | %s |\n\n",
		tk.Customer.Name, tk.Customer.Contact, tk.Customer.Email, tk.Customer.Phone)
	for _, l := range tk.Links {
		fmt.Fprintf(&b, "Linked: `%s` (%s)\n\n", l.ID, l.Kind)
	}
	for _, e := range tk.Events {
		if e.Kind != ticket.KindMessage {
			fmt.Fprintf(&b, "*%s %s %s%s*\n\n", e.At.Format("15:04:05"), e.Kind, e.State, e.Priority)
			continue
		}
		vis := "public"
		if !e.Public {
			vis = "internal"
		}
		fmt.Fprintf(&b, "### %s **%s** (%s, %s)\n\n", e.At.Format("2006-01-02 15:04:05"), e.Author, e.Role, vis)
		for _, line := range strings.Split(e.Body, "\n") {
			fmt.Fprintf(&b, "> %s\n", line)
		}
		b.WriteString("\n")
	}
	return b.String()
}

func goldenThread(t testing.TB) string { return renderThread(readThread(t)) }

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the output (go test -update rewrites it):\n%s", path, got)
	}
}

func TestGoldenThread(t *testing.T) {
	tk := readThread(t)
	r := New(tk, Options{Keep: []string{"SLA8", "P1", "P2", "Support - Proxmox"}})
	out := r.String(renderThread(tk))
	checkGolden(t, "thread.md.golden", out)
	if leaks := r.Leaks(out); len(leaks) > 0 {
		t.Errorf("the redacted thread leaks %q", leaks)
	}

	js, err := json.MarshalIndent(r.Ticket(tk), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "thread.json.golden", string(js)+"\n")
	if leaks := r.Leaks(string(js)); len(leaks) > 0 {
		t.Errorf("the redacted ticket leaks %q", leaks)
	}
}
