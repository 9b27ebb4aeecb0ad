package reader

import (
	"flag"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"testing"
)

// stylesErrors names an act whose misreadings on the styles sets (tuning data
// since round 5) TestStylesErrors prints: labelled sentences the reader missed
// and reader sentences with the act that overlap no label with it, with the
// rule that read it (act_rules.go) or "model".
var stylesErrorSets = flag.String("styleserrorsets", "", "with -styleserrors, only the styles sets whose name matches this regexp")

var stylesErrors = flag.String("styleserrors", "", "print the styles sets' misread sentences for this act (cause, fix, restored)")

// stylesErrorsTP also prints the rows read right ("TP"), with their rule: what
// a guard on a false row's shape would cost.
var stylesErrorsTP = flag.Bool("styleserrorstp", false, "with -styleserrors, also print the rows read right with their rule")

func TestStylesErrors(t *testing.T) {
	if *stylesErrors == "" {
		t.Skip("-styleserrors ACT not given")
	}
	act, err := ParseActs(*stylesErrors)
	if err != nil {
		t.Fatal(err)
	}
	type tally struct{ tp, fp int }
	byRule := map[string]*tally{}
	only, err := regexp.Compile("^(?:" + *stylesErrorSets + ")$")
	if err != nil {
		t.Fatalf("-styleserrorsets: %v", err)
	}
	for _, set := range stylesSets {
		if *stylesErrorSets != "" && !only.MatchString(set) {
			continue
		}
		ss := loadStyles(t, set)
		tickets, labels, files := ss.tickets, ss.labels, ss.files
		for _, name := range files {
			tk := tickets[name]
			rules := map[[2]int]actRuleNames{}
			sure := map[[2]int]bool{}
			r := Read(tk, &Options{
				why:     func(ev, k int, why actRuleNames) { rules[[2]int{ev, k}] = why },
				sawSure: func(ev, k int) { sure[[2]int{ev, k}] = true },
			})
			ruled := Read(tk, &Options{rulesOnly: true})
			for mi, m := range r.Messages {
				for k, s := range m.Sentences {
					var lab Act
					for _, l := range labels[name] {
						if l.event == m.Event && s.Start < l.end && l.start < s.End {
							lab |= l.acts
						}
					}
					text := tk.Events[m.Event].Body[s.Start:s.End]
					by := "model" // the rules left the act out; the model added it
					if ruled.Messages[mi].Sentences[k].Acts&act != 0 {
						by = "other rules" // a working note's, or the message's reading
						if act != Cause && act != Restored && act != Fix {
							by = "rules" // the rest have no table of named rules
						}
					}
					if act == Restored && by == "model" && sure[[2]int{m.Event, k}] {
						by = "model sure" // rounds 168, 181: refused by the negation or notYet guard alone, read as the model is sure
					}
					switch why := rules[[2]int{m.Event, k}]; {
					case act == Cause && why.cause != "":
						by = why.cause
					case act == Restored && why.restored != "":
						by = why.restored
					case act == Fix && why.fix != "":
						by = why.fix
					case act == Fix && by == "rules":
						by = "other rules" // a working note's, or the message's reading
					}
					if s.Acts&act != 0 {
						if byRule[by] == nil {
							byRule[by] = &tally{}
						}
						if lab&act != 0 {
							byRule[by].tp++
						} else {
							byRule[by].fp++
						}
					}
					switch {
					case *stylesErrorsTP && lab&act != 0 && s.Acts&act != 0:
						fmt.Printf("TP   %s %s/%d [%s] rule %q: %q\n", set, name, m.Event, tk.Events[m.Event].Role, by, text)
					case lab&act != 0 && s.Acts&act == 0:
						fmt.Printf("MISS %s %s/%d [%s]: %q\n", set, name, m.Event, tk.Events[m.Event].Role, text)
					case lab&act == 0 && s.Acts&act != 0:
						fmt.Printf("FP   %s %s/%d [%s] lab=%v rule %q: %q\n", set, name, m.Event, tk.Events[m.Event].Role, lab, by, text)
					}
				}
			}
		}
	}
	// Each rule's rows with the act, true and false: which rules to tighten.
	for _, name := range slices.Sorted(maps.Keys(byRule)) {
		fmt.Printf("RULE %-28q tp %4d fp %4d\n", name, byRule[name].tp, byRule[name].fp)
	}
}
