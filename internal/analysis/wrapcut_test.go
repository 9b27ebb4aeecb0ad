package analysis

import (
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/reader"
	"github.com/debriefhq/debrief/internal/ticket"
)

// TestFirstSentenceWrapCut: where the splitter ends a sentence at a
// hard-wrapped line break in mid-sentence (the next line begins in lower case
// or with a digit), a timeline row quotes the sentence whole, not the cut
// line; a line ending on a stop, a colon or a bracket, and a blank line, end
// the sentence. The messages are invented on the shapes of styles15, 17, 32,
// 34 and 56 (joinWrapped).
func TestFirstSentenceWrapCut(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"Tried it on four tablets and all connected\nstraight away. Thanks for sorting it.", "Tried it on four tablets and all connected straight away"},
		{"She came in and we did it together - the file\nis there now. Cheers.", "She came in and we did it together - the file is there now"},
		{"It shows on the account now and the refund\ncame through today.\n\nPat", "It shows on the account now and the refund came through today"},
		{"That fixed it, all there along with two I'd lost\nabout. Thank you.", "That fixed it, all there along with two I'd lost about"},
		{"She has 12 of them now, the other\n3 are greyed out as you said. Happy.", "She has 12 of them now, the other 3 are greyed out as you said"},
		// near misses: the line ends its sentence
		{"Two things to check first:\n1) the sheet has a header row", "Two things to check first:"},
		{"[Chat started from the portal]\nhi, my vpn keeps dropping", "[Chat started from the portal]"},
		{"The export ran fine\n\nthanks again", "The export ran fine"},
		{"The export ran fine.\nthanks again", "The export ran fine"},
		{"Short line\nAnother line that starts with a capital", "Short line"},
	} {
		got := firstSentence(c.body)
		if trimStop(got) != c.want {
			t.Errorf("firstSentence(%q) = %q, want %q", c.body, got, c.want)
		}
		// The reading's path (the message's sentences from the reader) gives the same.
		tk := &ticket.Ticket{ID: "T", CreatedAt: time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC), Events: []ticket.Event{
			{At: time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC), Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Body: c.body},
		}}
		rd := newReading(tk, reader.Read(tk, nil))
		if got := rd.firstSentence(0, c.body); trimStop(got) != c.want {
			t.Errorf("reading.firstSentence(%q) = %q, want %q", c.body, got, c.want)
		}
	}
}

// TestFirstSentenceIntroduction: a row quotes what a message says after an
// introduction of its writer or of the message ("Priya here", "quick one");
// a word that is no name, and an introduction with nothing after it, stay.
// The messages are invented on the shapes of styles3, 15, 21, 30, 54, 55, 57.
func TestFirstSentenceIntroduction(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"Priya here. Can you send me the error you see?", "Can you send me the error you see?"},
		{"Hi, Tom here! Which version of the app is it?", "Which version of the app is it?"},
		{"quick one\n\nhow do I export the deadlines to excel", "how do I export the deadlines to excel"},
		{"quick one - how do I export them", "quick one - how do I export them"},
		{"Quick question!\nCan the report include the job number?", "Can the report include the job number?"},
		{"This is Megan! The transfer form is stuck at step 2.", "The transfer form is stuck at step 2"},
		{"it's Ana. The scanner shows offline again.", "The scanner shows offline again"},
		// near misses: kept
		{"Working here. Thanks for the quick fix.", "Working here"},
		{"GPA.3391 here. It failed.", "GPA.3391 here"},
		{"Quick one.\nJo", "Quick one"},
		{"Quick fix needed: the tills froze.", "Quick fix needed: the tills froze"},
		{"this is urgent. The site is down.", "this is urgent"},
	} {
		got := firstSentence(c.body)
		if trimStop(got) != trimStop(c.want) {
			t.Errorf("firstSentence(%q) = %q, want %q", c.body, got, c.want)
		}
	}
}
