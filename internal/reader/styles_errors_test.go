package reader

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// stylesErrors names an act whose misreadings on the styles sets (tuning data
// since round 5) TestStylesErrors prints: labelled sentences the reader missed
// and reader sentences with the act that overlap no label with it.
var stylesErrors = flag.String("styleserrors", "", "print the styles sets' misread sentences for this act (cause, fix, restored)")

func TestStylesErrors(t *testing.T) {
	if *stylesErrors == "" {
		t.Skip("-styleserrors ACT not given")
	}
	act, err := ParseActs(*stylesErrors)
	if err != nil {
		t.Fatal(err)
	}
	for _, set := range stylesSets {
		f, err := os.Open(filepath.Join("testdata", set+".labels"))
		if err != nil {
			t.Fatal(err)
		}
		tickets := map[string]*ticket.Ticket{}
		labels := map[string][]styleLabel{}
		var files []string
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			fs := strings.Split(sc.Text(), "\t")
			if len(fs) != 4 || strings.HasPrefix(fs[0], "#") {
				continue
			}
			tk, ok := tickets[fs[0]]
			if !ok {
				raw, err := os.ReadFile(filepath.Join("testdata", set, fs[0]))
				if err != nil {
					t.Fatal(err)
				}
				if tk, _, err = ticket.Parse(raw, fs[0]); err != nil {
					t.Fatal(err)
				}
				tickets[fs[0]] = tk
				files = append(files, fs[0])
			}
			var ev int
			fmt.Sscan(fs[1], &ev)
			acts, _ := ParseActs(fs[2])
			i := strings.Index(tk.Events[ev].Body, fs[3])
			labels[fs[0]] = append(labels[fs[0]], styleLabel{ev, acts, i, i + len(fs[3])})
		}
		f.Close()
		for _, name := range files {
			tk := tickets[name]
			r := Read(tk, nil)
			for _, m := range r.Messages {
				for _, s := range m.Sentences {
					var lab Act
					for _, l := range labels[name] {
						if l.event == m.Event && s.Start < l.end && l.start < s.End {
							lab |= l.acts
						}
					}
					text := tk.Events[m.Event].Body[s.Start:s.End]
					switch {
					case lab&act != 0 && s.Acts&act == 0:
						fmt.Printf("MISS %s %s/%d [%s]: %q\n", set, name, m.Event, tk.Events[m.Event].Role, text)
					case lab&act == 0 && s.Acts&act != 0:
						fmt.Printf("FP   %s %s/%d [%s] lab=%v: %q\n", set, name, m.Event, tk.Events[m.Event].Role, lab, text)
					}
				}
			}
		}
	}
}
