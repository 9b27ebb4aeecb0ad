package reader

import "testing"

// TestRecordDemanded: an auditor, inspector, surveyor, accountant or the
// police wanting or asking for something of the writer (round 113); the
// writer's own want, an insurer's ask or a party told without a demand are
// not. Written for the test.
func TestRecordDemanded(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"our auditor wants proof of who approved the March payments", true},
		{"we have the fire inspection on friday and they want the alarm test log", true},
		{"surveyor on board tomorrow, wants the maintenance history export", true},
		{"My accountant is asking for a statement of the year's payments.", true},
		{"The police have asked for the footage from Saturday night.", true},
		// near misses
		{"After the audit finding we want the approval step made mandatory.", false},
		{"After the inspection we want to change the alarm thresholds.", false},
		{"Our insurer has asked us to tighten the alarm thresholds.", false},
		{"The auditor found two unsigned forms.", false},
		{"The inspector asked to see the logs.", false},
	} {
		if got := recordDemanded(tokens(c.text, nil)); got != c.want {
			t.Errorf("recordDemanded(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestInferTypeRecordDemanded: a chat that opens with an auditor's demand
// asks where the record is, also beside a fault that keeps the writer from
// it; a demand told beside an ask for the record done keeps the request.
func TestInferTypeRecordDemanded(t *testing.T) {
	for _, c := range []struct {
		subject, opening, want string
	}{
		{"Chat: proof of approval", "our auditor wants proof of who approved the March payments", "question"},
		{"Chat: export for surveyor", "surveyor on board tomorrow, wants the maintenance history export. can i put it on a usb stick? usb ports locked on the office pc", "question"},
		{"Data extract for inspection", "Request: Data extract. The inspector visiting on 26 March wants a log of all deliveries. Please could this be provided as an Excel file by 24 March.", "service_request"},
	} {
		if got := InferType(c.subject, c.opening); got != c.want {
			t.Errorf("InferType(%q, %q) = %s, want %s", c.subject, c.opening, got, c.want)
		}
	}
}
