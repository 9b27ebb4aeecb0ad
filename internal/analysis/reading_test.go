package analysis

import (
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/reader"
	"github.com/debriefhq/debrief/internal/ticket"
)

// TestChaseInConversation: a customer's question minutes after staff wrote is
// the next turn of a conversation, not a chase for news (styles60 SL-5547);
// one after a quiet hour is a chase.
func TestChaseInConversation(t *testing.T) {
	at := time.Date(2026, 3, 30, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		after time.Duration
		want  bool
	}{
		{5 * time.Minute, true},
		{2 * time.Hour, false},
	} {
		tk := &ticket.Ticket{Events: []ticket.Event{
			{At: at, Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Body: "How do I correct a sent declaration?"},
			{At: at.Add(time.Minute), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Body: "Tap Request correction."},
			{At: at.Add(time.Minute + c.after), Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Body: "Any update?"},
		}}
		if got := justAnswered(tk, 2); got != c.want {
			t.Errorf("%v after staff: justAnswered %v, want %v", c.after, got, c.want)
		}
	}
}

// TestWithWhatFollowsQuote: a cause cut inside a quoted message goes on to the
// quote's end (styles62 CLP-118420: “App servers up, app pool throwing
// "Timeout expired”); a cause with its quotes closed stays as it is.
func TestWithWhatFollowsQuote(t *testing.T) {
	body := `Web servers up, pool throwing "Timeout expired. The timeout period elapsed." DB CPU 98%.`
	split := func(parts ...string) []reader.Sentence {
		var out []reader.Sentence
		at := 0
		for _, p := range parts {
			i := strings.Index(body[at:], p) + at
			out = append(out, reader.Sentence{Span: reader.Span{Text: p, Start: i, End: i + len(p)}})
			at = i + len(p)
		}
		return out
	}
	sns := split(`Web servers up, pool throwing "Timeout expired.`, `The timeout period elapsed."`, `DB CPU 98%.`)
	if got, want := withWhatFollows(body, sns, 0), `Web servers up, pool throwing "Timeout expired. The timeout period elapsed."`; got != want {
		t.Errorf("withWhatFollows = %q, want %q", got, want)
	}
	if got := withWhatFollows(body, sns, 2); got != "DB CPU 98%." {
		t.Errorf("withWhatFollows(closed) = %q", got)
	}
}

// TestStaffNoteTold: in the note in which staff opened a ticket, their report
// of what they told the caller, or the call's header, is no statement of the
// problem (styles61 BD-2026-0171 "Told her to keep the wrong pack sealed …");
// the caller's question is, without the channel's label.
func TestStaffNoteTold(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Told her to keep the wrong pack sealed, we'll send a prepaid envelope.", false},
		{"Advised him to restart the till, the error still shows.", false},
		{"Asked her to send a photo of the broken screen.", false},
		{"Explained concessions are only on the physical card for now, there's no date yet.", false},
		{"Inbound call 10:14 - Mrs Lauren Pickering, parent, order 558271, wrong photos.", false},
		{"Call from Redline Monitoring (alarm receiving centre): unit C114 at Swindon triggered door-open alarms 3 times overnight (01:12, 02:47, 04:30), no PIN entered.", true},
		{"Asked how to refund part of a deposit without cancelling the booking.", true},
		{"Phone: Mrs Adeyemi asked whether the concession can go on the app, the card is broken.", true},
		{"Her print pack arrived but the photos inside are of a different child.", true},
		{"Till 3 shows the wrong price for milk.", true},
	} {
		sn := reader.Sentence{Span: reader.Span{Text: c.text}}
		if _, got := staffNoteRank(sn, false); got != c.want {
			t.Errorf("staffNoteRank(%q) = %v, want %v", c.text, got, c.want)
		}
		if _, ok := openingRank(sn, false); !ok && !c.want {
			t.Errorf("openingRank(%q) does not rank it: the case tests nothing", c.text)
		}
	}
}

// TestAskRank: of a request's opening, the sentence quoted is the one that
// asks (styles56 FL-2026-11960 "Could you switch the whole farm to manual
// updates …?"), not its context, a form's field, an ask too short to say what
// it asks, a second ask or a follow-up.
func TestAskRank(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Could you switch the whole farm to manual updates until after 5 December please?", true},
		{"If a CEO prints a PCN for the wrong vehicle, is there any way to cancel it on the handheld?", true},
		{"We run 12 Core X1s on a Forgeline Farm account for our Year 11 GCSE coursework.", false},
		{"Lending mandate: up to £500,000 / 85% LTV", false},
		{"Request type: Freeze membership", false},
		{"Can you do it please?", false},
		{"Also please confirm if PITR stays enabled after the move.", false},
		{"Please let me know if anything needs clarifying, and confirm once the increase has been applied.", false},
		{"Could you please set up a new site in our installation for it, with:", false},
	} {
		if _, got := askRank(reader.Sentence{Span: reader.Span{Text: c.text}}, false); got != c.want {
			t.Errorf("askRank(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
