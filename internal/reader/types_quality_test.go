package reader

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// confusion counts a set's ticket types, labelled against inferred.
type confusion map[[2]string]int

func (c confusion) String() string {
	var b strings.Builder
	right, all := 0, 0
	fmt.Fprintf(&b, "%-16s", "labelled\\got")
	for _, g := range ticket.Types {
		fmt.Fprintf(&b, " %16s", g)
	}
	b.WriteByte('\n')
	for _, l := range ticket.Types {
		fmt.Fprintf(&b, "%-16s", l)
		for _, g := range ticket.Types {
			n := c[[2]string{l, g}]
			all += n
			if l == g {
				right += n
			}
			fmt.Fprintf(&b, " %16d", n)
		}
		b.WriteByte('\n')
	}
	fmt.Fprintf(&b, "right %d of %d", right, all)
	return b.String()
}

// TestTypeConfusion prints, per tuning set and split, the confusion matrix of
// the ticket types InferTicketType gives against the labelled ones, the
// validation sets' as one sum (never fresh2's), and with -errors type the
// tuning sets' misread tickets.
func TestTypeConfusion(t *testing.T) {
	l := loadLabels(t)
	sample := readSample(t, l.tickets)
	byset := map[string]confusion{}
	for _, id := range l.order {
		lt := l.tickets[id]
		tk, _ := buildTicket(id, sample[id])
		got := typeOf(tk)
		if byset[lt.split] == nil {
			byset[lt.split] = confusion{}
		}
		byset[lt.split][[2]string{lt.typ, got}]++
		if got != lt.typ && *showErrors == "type" && tuningSplits.has(lt.split) {
			logTypeMiss(t, lt.split+" "+id, tk, got, lt.typ)
		}
	}
	for _, split := range splits {
		if tuningSplits.has(split) {
			t.Logf("%s:\n%s", split, byset[split])
		}
	}
	all, newest, validation := confusion{}, confusion{}, confusion{}
	tuning := slices.DeleteFunc(slices.Clone(stylesSets), stylesValidation.has)
	for _, set := range stylesSets {
		ss := loadStyles(t, set)
		c := confusion{}
		for _, name := range ss.files {
			tk := ss.tickets[name]
			got, want := typeOf(tk), ss.types[name]
			c[[2]string{want, got}]++
			if got != want && *showErrors == "type" && !stylesValidation.has(set) {
				logTypeMiss(t, set+" "+name, tk, got, want)
			}
		}
		if stylesValidation.has(set) {
			// The validation sets are read as one sum, never set by set.
			for k, n := range c {
				validation[k] += n
			}
			continue
		}
		t.Logf("%s:\n%s", set, c)
		for k, n := range c {
			all[k] += n
			if slices.Index(tuning, set) >= len(tuning)-6 {
				newest[k] += n
			}
		}
	}
	t.Logf("styles tuning sets, all:\n%s", all)
	t.Logf("styles tuning sets, the six newest:\n%s", newest)
	t.Logf("styles validation sets (summed):\n%s", validation)
}

// stylesValidation are the styles sets scored only by their sums while
// tuning (BRIEF: styles139-142 since their first scores, styles135-138 before them, styles131-134 before those, styles127-130 before those, styles123-126 before those, styles119-122
// before them, styles115-118 before those, styles111-114 before those, styles107-110 before those, styles103-106 before those, styles99-102 before those, styles95-98 before those, styles91-94 before those,
// styles87-90 before
// those, styles83-86 before those, then styles79-82, styles75-78, styles71-74
// from round 63, styles67-70 before): their misread tickets are never
// printed.
var stylesValidation = newWordSet(map[string]bool{"styles139": true, "styles140": true, "styles141": true, "styles142": true})

// typeOf is the type the analysis would infer for tk, ignoring its own field.
func typeOf(tk *ticket.Ticket) string {
	r := Read(tk, nil)
	return InferTicketType(tk, r)
}

func logTypeMiss(t *testing.T, where string, tk *ticket.Ticket, got, want string) {
	r := Read(tk, nil)
	opening := ""
	if r.Opening >= 0 {
		opening = tk.Events[r.Messages[r.Opening].Event].Body
	}
	if len(opening) > 400 {
		opening = opening[:400]
	}
	t.Logf("TYPE %s: got %s, labelled %s\n  subject: %s\n  opening: %s", where, got, want, tk.Subject, strings.ReplaceAll(opening, "\n", " / "))
}
