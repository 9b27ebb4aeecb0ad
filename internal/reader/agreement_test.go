package reader

import (
	"os"
	"path/filepath"
	"testing"
)

// agreementSets are the styles sets labelled a second time, blind, by another
// labeller (testdata/agreement/SET.labels): the second labelling is scored
// against the first as the reader is, so the two labellers' agreement is the
// ceiling a reader scored against one of them can be expected to reach.
var agreementSets = []string{"styles111", "styles113", "styles117", "styles118"}

// agreementFloors hold the second labelling's precision and recall against
// the first, per act, as first measured: a later edit to either labelling
// that moves them apart fails here and has to say why.
var agreementFloors = map[string]map[Act]struct{ p, r float64 }{
	"styles111": {AutoAck: {0.92, 0.99}, Cause: {0.86, 0.99}, Fix: {0.90, 0.95}, Restored: {0.97, 0.99}},
	"styles113": {AutoAck: {0.77, 0.99}, Cause: {0.92, 0.97}, Fix: {0.95, 0.94}, Restored: {0.87, 0.99}},
	"styles117": {AutoAck: {0.92, 0.99}, Cause: {0.86, 0.95}, Fix: {0.80, 0.97}, Restored: {0.82, 0.96}},
	"styles118": {AutoAck: {0.90, 0.99}, Cause: {0.90, 0.96}, Fix: {0.85, 0.93}, Restored: {0.93, 0.99}},
}

// agreementRows pairs two labellings of one ticket as stylesRows pairs labels
// with the reader's sentences: each first label gets the acts of the second
// labelling's rows that overlap it, and a second row that overlaps no first
// one counts against gold none.
func agreementRows(first, second []styleLabel) (golds, gots []Act) {
	covered := make([]bool, len(second))
	for _, l := range first {
		var got Act
		for k, m := range second {
			if m.event == l.event && m.start < l.end && l.start < m.end {
				got |= m.acts
				covered[k] = true
			}
		}
		golds, gots = append(golds, l.acts), append(gots, got)
	}
	for k, m := range second {
		if !covered[k] {
			golds, gots = append(golds, 0), append(gots, m.acts)
		}
	}
	return golds, gots
}

func TestAgreementRows(t *testing.T) {
	first := []styleLabel{
		{event: 1, acts: Cause, start: 0, end: 40},
		{event: 1, acts: Fix, start: 41, end: 80},
		{event: 2, acts: Restored, start: 0, end: 20},
	}
	second := []styleLabel{
		{event: 1, acts: Cause, start: 0, end: 25},     // split differently, same act
		{event: 1, acts: Cause, start: 26, end: 40},    // the same sentence's second half
		{event: 1, acts: Restored, start: 41, end: 80}, // the border between fix and restored
		{event: 2, acts: Fix, start: 30, end: 50},      // a row the first labeller gave no act
	}
	golds, gots := agreementRows(first, second)
	want := []struct{ gold, got Act }{{Cause, Cause}, {Fix, Restored}, {Restored, 0}, {0, Fix}}
	if len(golds) != len(want) {
		t.Fatalf("rows: got %d, want %d", len(golds), len(want))
	}
	for i, w := range want {
		if golds[i] != w.gold || gots[i] != w.got {
			t.Errorf("row %d: gold %v got %v, want gold %v got %v", i, golds[i], gots[i], w.gold, w.got)
		}
	}
}

// TestLabellerAgreement scores each second labelling against the first, act
// by act, and the ticket types the two gave.
func TestLabellerAgreement(t *testing.T) {
	for _, set := range agreementSets {
		t.Run(set, func(t *testing.T) {
			path := filepath.Join("testdata", "agreement", set+".labels")
			if _, err := os.Stat(path); err != nil {
				t.Fatalf("%s: the second labelling: %v", set, err)
			}
			first := loadStyles(t, set)
			second := loadStylesFrom(t, path, filepath.Join("testdata", set))
			score := map[Act]*counts{}
			for _, a := range stylesScored {
				score[a] = &counts{}
			}
			typesSame := 0
			// disputed counts, per act, the reader's false positives against the
			// first labelling that the second labeller gave the act.
			falsePos, disputed := map[Act]int{}, map[Act]int{}
			for _, name := range first.files {
				if _, ok := second.tickets[name]; !ok {
					t.Errorf("%s: the second labelling has no rows for %s", set, name)
					continue
				}
				if first.types[name] == second.types[name] {
					typesSame++
				}
				golds, gots := agreementRows(first.labels[name], second.labels[name])
				for i := range golds {
					tally(score, gots[i], golds[i])
				}
				r := Read(first.tickets[name], nil)
				for _, row := range stylesRows(r, first.labels[name]) {
					for _, a := range stylesScored {
						if row.gold&a != 0 {
							continue
						}
						for _, p := range row.sents {
							m := r.Messages[p[0]]
							sn := m.Sentences[p[1]]
							if sn.Acts&a == 0 {
								continue
							}
							falsePos[a]++
							if labelledAt(second.labels[name], m.Event, sn.Start, sn.End, a) {
								disputed[a]++
							}
							break
						}
					}
				}
			}
			for _, a := range stylesScored {
				c := *score[a]
				t.Logf("%s %-14s second against first: P %.2f R %.2f (tp %d fp %d fn %d)", set, actNames[a], c.precision(), c.recall(), c.tp, c.fp, c.fn)
				if fl, ok := agreementFloors[set][a]; ok && (c.precision() < fl.p || c.recall() < fl.r) {
					t.Errorf("%s %s: agreement P %.2f R %.2f, below the floor P %.2f R %.2f", set, actNames[a], c.precision(), c.recall(), fl.p, fl.r)
				}
			}
			t.Logf("%s ticket types the same: %d of %d", set, typesSame, len(first.files))
			for _, a := range stylesScored {
				t.Logf("%s %-14s the reader's false positives against the first labelling: %d, of which the second labeller gave the act to %d", set, actNames[a], falsePos[a], disputed[a])
			}
		})
	}
}

// labelledAt reports whether a label of ls on event ev overlapping [start, end)
// has act a.
func labelledAt(ls []styleLabel, ev, start, end int, a Act) bool {
	for _, l := range ls {
		if l.event == ev && l.start < end && start < l.end && l.acts&a != 0 {
			return true
		}
	}
	return false
}

func TestLabelSpan(t *testing.T) {
	body := "Hello,\n\nthe UPS in room B has a failed\n  battery, so it dropped the switch.\nRegards"
	for _, tc := range []struct {
		sentence   string
		start, end int
	}{
		{"Hello,", 0, 6},
		{"the UPS in room B has a failed\n  battery, so it dropped the switch.", 8, 75},
		{"the UPS in room B has a failed battery, so it dropped the switch.", 8, 75}, // joined by the labeller
		{"the UPS in room C", -1, -1},
		{"   ", -1, -1},
		{"Regards (1+1)", -1, -1}, // regexp metacharacters are literal
	} {
		start, end := labelSpan(body, tc.sentence)
		if start != tc.start || end != tc.end {
			t.Errorf("labelSpan(%q) = %d, %d; want %d, %d", tc.sentence, start, end, tc.start, tc.end)
		}
	}
}

// mendeleyAgreements are the second, blind labellings of Mendeley tickets
// labelled in testdata/mendeley.labels, each with the second labelling's
// precision and recall against the first per act as first measured.
var mendeleyAgreements = []struct {
	file   string
	floors map[Act]struct{ p, r float64 }
}{
	{"testdata/agreement/mendeley.labels", map[Act]struct{ p, r float64 }{ // 30 dev tickets
		AutoAck:       {0.93, 0.99},
		Question:      {0.79, 0.52},
		Investigation: {0.71, 0.76},
		Cause:         {0.87, 0.87},
		Fix:           {0.75, 0.86},
		Restored:      {0.88, 0.60},
		Estimate:      {0.66, 0.72},
		Chase:         {0.93, 0.99},
		Closing:       {0.99, 0.91},
	}},
	{"testdata/agreement/mendeley-heldout.labels", map[Act]struct{ p, r float64 }{ // 30 heldout tickets
		AutoAck:       {0.98, 0.99},
		Question:      {0.87, 0.71},
		Investigation: {0.78, 0.81},
		Cause:         {0.88, 0.68},
		Fix:           {0.91, 0.74},
		Restored:      {0.99, 0.37},
		Estimate:      {0.83, 0.83},
		Chase:         {0.87, 0.93},
		Closing:       {0.96, 0.96},
	}},
}

// TestMendeleyAgreement scores each second labelling of real tickets against
// the first, row by row as TestQualityMendeley scores the reader, and counts
// the reader's false positives on them that the second labeller gave the act.
func TestMendeleyAgreement(t *testing.T) {
	for _, ma := range mendeleyAgreements {
		t.Run(filepath.Base(ma.file), func(t *testing.T) {
			first, second := loadLabelFiles(t, "testdata/mendeley.labels"), loadLabelFiles(t, ma.file)
			scoreMendeleyAgreement(t, first, second, ma.floors)
		})
	}
}

func scoreMendeleyAgreement(t *testing.T, first, second *labels, floors map[Act]struct{ p, r float64 }) {
	sample := readSample(t, second.tickets)
	score, reader := map[Act]*counts{}, map[Act]*counts{}
	for _, a := range scored {
		score[a], reader[a] = &counts{}, &counts{}
	}
	disputed := map[Act]int{} // the reader's false positives the second labeller gave the act
	typesSame := 0
	for _, id := range second.order {
		ft := first.tickets[id]
		if ft == nil {
			t.Fatalf("issue %s is in the second labelling, not in the first", id)
		}
		if ft.typ == second.tickets[id].typ {
			typesSame++
		}
		tk, spans := buildTicket(id, sample[id])
		rd := Read(tk, nil)
		for _, sp := range spans {
			if !hasWord(sp.text) {
				continue
			}
			gold := rowActs(first, id, sp)
			other := rowActs(second, id, sp)
			tally(score, other, gold)
			var got Act
			for _, s := range rd.Messages[sp.event].Sentences {
				if s.Start < sp.end && s.End > sp.start {
					got |= s.Acts
				}
			}
			tally(reader, got, gold)
			for _, a := range scored {
				if got&a != 0 && gold&a == 0 && other&a != 0 {
					disputed[a]++
				}
			}
		}
	}
	for _, a := range scored {
		c, r := *score[a], *reader[a]
		t.Logf("%-13s second against first: P %.2f R %.2f (tp %d fp %d fn %d); the reader: P %.2f R %.2f (tp %d fp %d fn %d), %d of its false positives given the act by the second labeller",
			actNames[a], c.precision(), c.recall(), c.tp, c.fp, c.fn, r.precision(), r.recall(), r.tp, r.fp, r.fn, disputed[a])
		if fl, ok := floors[a]; ok && (c.precision() < fl.p || c.recall() < fl.r) {
			t.Errorf("%s: agreement P %.2f R %.2f, below the floor P %.2f R %.2f", actNames[a], c.precision(), c.recall(), fl.p, fl.r)
		}
	}
	t.Logf("ticket types the same: %d of %d", typesSame, len(second.order))
}

// rowActs are a labelling's acts for one sample row: the row's own, else its
// author's.
func rowActs(l *labels, id string, sp rowSpan) Act {
	if a, ok := l.tickets[id].rows[sp.key]; ok {
		return a
	}
	return l.authors[sp.author]
}
