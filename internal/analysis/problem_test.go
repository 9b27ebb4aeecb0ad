package analysis

import (
	"testing"

	"github.com/debriefhq/debrief/internal/reader"
)

// TestBestProblem: of an opening's sentences, the one chosen as the reporter's
// statement of what broke. The sentences are written for the test.
func TestBestProblem(t *testing.T) {
	cases := []struct {
		name      string
		sentences []string
		want      string
	}{
		{"a failure to arrive is a fault, and the earlier statement wins a tie with its consequence",
			[]string{"We have not received the nightly export file on the SFTP server.", "Our month-end close stopped because the file is missing."},
			"We have not received the nightly export file on the SFTP server."},
		{"a bare negation still loses to a named failure",
			[]string{"We haven't changed anything this week.", "The import job fails with a timeout every night."},
			"The import job fails with a timeout every night."},
		{"a reporter's denial of their own part is never the problem",
			[]string{"We did not change anything on site.", "Since Monday the readings from the north mast are shifted by ten minutes."},
			"Since Monday the readings from the north mast are shifted by ten minutes."},
		{"a denial worded with a fault word is still a denial",
			[]string{"I did nothing wrong, I only played normally.", "My account is suspended since yesterday and I cannot log in."},
			"My account is suspended since yesterday and I cannot log in."},
		{"lateness is a fault",
			[]string{"Our on-call team relies on these notifications.", "The alerts are arriving 30 minutes late since this morning."},
			"The alerts are arriving 30 minutes late since this morning."},
		{"a denial later in the sentence does not demote it",
			[]string{"Payments are being declined at every till and we did not change the terminals."},
			"Payments are being declined at every till and we did not change the terminals."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := &reader.Message{}
			for _, s := range c.sentences {
				m.Sentences = append(m.Sentences, reader.Sentence{Span: reader.Span{Text: s}})
			}
			got, _, ok := bestProblem(m, rankProblem)
			if !ok || got.text != c.want {
				t.Errorf("best = %q (found %v), want %q", got.text, ok, c.want)
			}
		})
	}
}
