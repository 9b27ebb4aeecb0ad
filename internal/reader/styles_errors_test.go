package reader

import (
	"flag"
	"fmt"
	"testing"
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
		ss := loadStyles(t, set)
		tickets, labels, files := ss.tickets, ss.labels, ss.files
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
