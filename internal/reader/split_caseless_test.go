package reader

import (
	"strings"
	"testing"
)

// TestCaseless checks the test of a body written without a capital letter.
func TestCaseless(t *testing.T) {
	tests := []struct {
		body string
		want bool
	}{
		{"kindly note that the fix is deployed on uat.\nplease test and confirm.", true},
		{"we found the “special queue” tab disabled, see the attached screenshot.", true},
		{"ph_technical 1.2 (ph_version) deployed", true},
		{"the ph_item was rejected by ph_name on 12/03.", true},
		// near misses: one capital anywhere, a capital outside ASCII, no letter at all
		{"kindly note that the fix is deployed on UAT.", false},
		{"Thanks, the fix is deployed.", false},
		{"the fix is deployed on the server in Zürich.", false},
		{"le correctif est déployé sur le serveur Émile.", false},
		{"12/03 10:45 - 200", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := caseless(tt.body); got != tt.want {
			t.Errorf("caseless(%q) = %v, want %v", tt.body, got, tt.want)
		}
	}
}

// TestSentencesCaseless checks that a body without a capital gives no
// evidence of a wrap width: its lines, near each other in length, are
// statements of their own (the shapes of the real sample's comments, written
// anew), while the same lines with capitals are still joined at the width.
func TestSentencesCaseless(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"a statement, then the next, each a line",
			"this report was added to cover a case of duplicated batches in a rare setup,\nhowever, it has been replaced and handled another way in the new release\nour team will arrange with you for a test and production deployment soon.",
			[]string{"this report was added to cover a case of duplicated batches in a rare setup,", "however, it has been replaced and handled another way in the new release", "our team will arrange with you for a test and production deployment soon."}},
		{"a question, then an instruction",
			"were you able to run the other update statement on the archive tables\nanyway please run the script below instead on all archive schemas now",
			[]string{"were you able to run the other update statement on the archive tables", "anyway please run the script below instead on all archive schemas now"}},
		{"a fix told, then the closing notice",
			"please note that the fix has been applied in the production environment,\nwe will consider this ticket resolved under monitoring until tomorrow.",
			[]string{"please note that the fix has been applied in the production environment,", "we will consider this ticket resolved under monitoring until tomorrow."}},
		// near misses: a line that cannot end a sentence still goes on; the
		// same lines with a capital are wrapped at the width as before
		{"near miss: a last word that goes on",
			"kindly note that the scheduler job was stopped by the\ndba during the restore of the archive database on friday.",
			[]string{"kindly note that the scheduler job was stopped by the dba during the restore of the archive database on friday."}},
		{"near miss: a capital keeps the width rule",
			"This report was added to cover a case of duplicated batches in a rare setup,\nhowever, it has been replaced and handled another way in the new release\nour team will arrange with you for a test and production deployment soon.",
			[]string{"This report was added to cover a case of duplicated batches in a rare setup, however, it has been replaced and handled another way in the new release our team will arrange with you for a test and production deployment soon."}},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range Sentences(tt.body) {
			got = append(got, sp.Text)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}
