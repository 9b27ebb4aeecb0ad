package analysis

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/reader"
)

// TestCauseSourceOf: each of the reader's readings of a cause has its name
// in the JSON; the reader's zero value (a rule, or no cause) is a rule's.
func TestCauseSourceOf(t *testing.T) {
	for _, c := range []struct {
		in   reader.CauseSource
		want CauseSource
	}{
		{reader.CauseByRule, CauseRule},
		{reader.CauseByNote, CauseNote},
		{reader.CauseByModel, CauseModel},
		{reader.CauseByModelNear, CauseModelNear},
	} {
		if got := causeSourceOf(c.in); got != c.want {
			t.Errorf("causeSourceOf(%d) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestCauseByInJSON: the analysis JSON says how each cause was read
// (`cause_by`), so an analysis decoded from the store picks and words the
// cause as the one that wrote it did (the cases of TestMainCauseReadWeakly:
// before round 236 a decoded note ranked as a rule's); a quote that is no
// cause has no `cause_by`, and one stored without it reads as a rule's.
func TestCauseByInJSON(t *testing.T) {
	causes := []Quote{
		{Event: "e5", Text: "Acid tank half full.", CauseBy: CauseNote},
		{Event: "e5", Text: "Pump head turning but the tube is split, acid dripping into the drip tray.", CauseBy: CauseModelNear},
	}
	f := &Facts{Causes: causes, Restored: &Quote{Event: "e7", Text: "pH back to 7.2."}}
	raw, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"cause_by":"note"`, `"cause_by":"model_near"`} {
		if !strings.Contains(string(raw), want) {
			t.Errorf("JSON %s lacks %s", raw, want)
		}
	}
	if strings.Count(string(raw), `"cause_by"`) != 2 {
		t.Errorf("JSON %s: cause_by on a quote that is no cause", raw)
	}
	var back Facts
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	if got, want := back.MainCause(true), f.MainCause(true); got != want || got != 1 {
		t.Errorf("decoded MainCause(true) = %d, want %d (1)", got, want)
	}
	// an analysis stored before the field: every cause a rule's
	var old Facts
	if err := json.Unmarshal([]byte(`{"causes":[{"event":"e2","text":"App pool on ballot-web02 stopped, web01 up but 503ing behind the LB."}]}`), &old); err != nil {
		t.Fatal(err)
	}
	if old.Causes[0].CauseBy != "" || old.SummaryCause() != 0 {
		t.Errorf("an old analysis's cause: CauseBy %q, SummaryCause %d, want a rule's, quoted", old.Causes[0].CauseBy, old.SummaryCause())
	}
}
