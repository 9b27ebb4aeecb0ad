package analysis

import (
	"slices"
	"strings"
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
		{"a form's description asked as a question is still the description",
			[]string{"Order number (if any): #W-20931", "What happened?: Placed my order yesterday, the money has gone out but there is no confirmation email"},
			"Placed my order yesterday, the money has gone out but there is no confirmation email"},
		{"lateness is a fault",
			[]string{"Our on-call team relies on these notifications.", "The alerts are arriving 30 minutes late since this morning."},
			"The alerts are arriving 30 minutes late since this morning."},
		{"a denial later in the sentence does not demote it",
			[]string{"Payments are being declined at every till and we did not change the terminals."},
			"Payments are being declined at every till and we did not change the terminals."},
		{"a hedge in brackets on how far the fault reaches is not a guess",
			[]string{"Nothing was changed in the report template.", "Three of the invoices (and I think a few others) now show the wrong customer."},
			"Three of the invoices (and I think a few others) now show the wrong customer."},
		{"near miss: a hedge outside brackets is a guess",
			[]string{"Nothing was changed in the report template.", "I think a few of the invoices now show the wrong customer."},
			"Nothing was changed in the report template."},
		{"a form's reason says what is wrong, above what to do",
			[]string{"Summary: Raise the queue timeout on the contact centre from 20 s to 45 s", "Reason: Callers are being dropped before an agent can answer since the new greeting went in."},
			"Callers are being dropped before an agent can answer since the new greeting went in."},
		{"a reason without a word of failure still says why",
			[]string{"Change: Move the nightly backup from 01:00 to 03:00", "Reason: The backup overlaps the stock import and both take twice as long."},
			"The backup overlaps the stock import and both take twice as long."},
		{"a form's field that says nothing is affected is no fault",
			[]string{"Details: Please block 24-31 July for our own family use.", "Bookings affected: none that I know of"},
			"Please block 24-31 July for our own family use."},
		{"near miss: a field whose value names a failure with none of",
			[]string{"Details: Please look at the tills in store 4.", "Tills affected: none of them print receipts since 09:00"},
			"Tills affected: none of them print receipts since 09:00"},
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

// TestEchoes: a line that only repeats the ticket's subject, as a web form
// copies it into the body. The subjects and lines are written for the test.
func TestEchoes(t *testing.T) {
	for _, c := range []struct {
		line, subject string
		want          bool
	}{
		{"Subject: Hold not coming", "Hold not coming", true},
		{"Summary: Card machine keeps saying 'terminal not responding'", "Card machine keeps saying terminal not responding", true},
		{"Can't see or book into the director's calendar", "Can't see or book into the director's calendar", true},
		{"Since this morning I can't open the director's calendar in Outlook.", "Can't see or book into the director's calendar", false},
		{"Subject: Hold not coming for three weeks", "Hold not coming", false},
		{"Summary: anything", "", false},
	} {
		if got := echoes(c.line, c.subject); got != c.want {
			t.Errorf("echoes(%q, %q) = %v, want %v", c.line, c.subject, got, c.want)
		}
	}
}

// TestUnwrapped: a problem sentence that a hard wrap split is quoted with the
// line before it. The bodies are written for the test.
func TestUnwrapped(t *testing.T) {
	for _, c := range []struct {
		name, body string
		want       string
	}{
		{"a continuation in lower case", "We had no-shows at two branches and a couple\nof clients said they never got a text.",
			"We had no-shows at two branches and a couple of clients said they never got a text."},
		{"a continuation that opens with a quotation", "Every time I press Submit I get\n\"Error 500\" and have to start again.",
			"Every time I press Submit I get \"Error 500\" and have to start again."},
		{"near miss: the line before ends a sentence", "The import stopped.\nthe export still runs.", "the export still runs."},
		{"near miss: a blank line between them", "Every time I press Submit I get\n\n\"Error 500\" and have to start again.",
			"\"Error 500\" and have to start again."},
		{"near miss: the next line begins a sentence", "Every time I press Submit I get an error\nThe page then goes blank.", "The page then goes blank."},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := &reader.Message{}
			off := 0
			for i, line := range strings.Split(c.body, "\n") {
				if i > 0 {
					off++
				}
				if line != "" {
					m.Sentences = append(m.Sentences, reader.Sentence{Span: reader.Span{Text: line, Start: off, End: off + len(line)}})
				}
				off += len(line)
			}
			last := m.Sentences[len(m.Sentences)-1]
			if got := unwrapped(m, last, last.Text, c.body); got != c.want {
				t.Errorf("unwrapped = %q, want %q", got, c.want)
			}
		})
	}
}

// TestRankLater: which sentences of a customer's message after the work state
// a fault. The sentences are written for the test.
func TestRankLater(t *testing.T) {
	cases := []struct {
		text string
		acts reader.Act
		want bool
	}{
		{"The north entrance reader stopped working at midnight.", 0, true},
		{"Two of the kiosks still show the old price list.", 0, true},
		{"Cleared the cache, still crashes on start.", reader.Fix, true},
		{"We still can't open the shared calendar from Outlook.", 0, true},
		{"Our new starter doesn't have access to the finance folder.", 0, true},
		{"The queue is still fast this morning, thanks!", 0, false},
		{"The front desk have stopped checking receipts by hand.", 0, false},
		{"Complaints about the late buses have dropped right off.", 0, false},
		{"Re-sent the newsletter, only 4 bounces this time.", 0, false},
		{"We re-sent it to the rejected addresses this morning.", 0, false},
		{"We still need a permanent fix for the nightly job.", 0, false},
		{"We've disabled the SIP helper on the router as you said.", reader.Fix, false},
		{"You can take the old server down now.", 0, false},
		{"Is the export still failing for everyone?", reader.Question, false},
		{"Maybe the new firewall rule is blocking the export and it fails?", 0, false},
		{"I think the update broke the sync again.", 0, false},
		{"Everything is printing again, no errors since the change.", reader.Restored, false},
		{"Ravi has the badge but the reader says \"card not recognised\".", 0, true},
		{"The page loads but Firefox says 'Not secure' in the address bar.", 0, true},
		{"We don't have the new badge yet.", 0, false},
		{"It's fine now, the banner says \"All systems normal\".", 0, false},
		// A permission or an approval in a clause: its failure words are a
		// reason or a quantity (styles46 GF-2318, SWP-1169), unless a fault
		// is said to remain.
		{"We approve, please go ahead with the 500.", 0, false},
		{"Yes take the spare laptop, nobody is using it till May.", 0, false},
		{"OK go ahead, the old server can be down for an hour.", 0, false},
		{"Yes take suite 4's, nobody is in there till April.", 0, false},
		{"Take a look, nobody can log in since 9.", 0, true},
		{"Ok, go ahead, but the tills are still down.", 0, true},
		{"The go-live is fine but two stores still can't print.", 0, true},
		{"I checked with IT and the allowlist is still in place.", 0, false},
	}
	for _, c := range cases {
		_, got := rankLater(reader.Sentence{Span: reader.Span{Text: c.text}, Acts: c.acts})
		if got != c.want {
			t.Errorf("rankLater(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestOpener: sentences that greet or frame, whichever of the opening words
// the list names first. The sentences are written for the test.
func TestOpener(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Phone call from Marcus Dale (Dale Commercial Brokers), 14:32.", true},
		{"Call from Raj Patel 14:05.", true},
		{"Hi team, hope you're well.", true},
		{"[Chat started from the Help portal]", true},
		{"History of the export job is empty since Monday.", false},
		{"The screen spins forever when they click Calculate.", false},
	}
	for _, c := range cases {
		if got := opener(c.text); got != c.want {
			t.Errorf("opener(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestQuotations: the spans of a sentence between quotation marks, and not
// the apostrophes of "don't" or "Ravi's".
func TestQuotations(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{`activation says "token not recognised" for karen`, []string{"token not recognised"}},
		{"chrome says 'not secure' next to it", []string{"not secure"}},
		{"it says \u201cno service\u201d on the screen", []string{"no service"}},
		{"ravi's badge doesn't open the door", nil},
		{"the status ('pending') won't change", []string{"pending"}},
	}
	for _, c := range cases {
		if got := quotations(c.in); !slices.Equal(got, c.want) {
			t.Errorf("quotations(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestFoundNotOwnStep: a fault staff noted during the work is not a step they
// took or will take, whatever word of failure its purpose holds.
func TestFoundNotOwnStep(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Eastgate failed: the booking service didn't come back after the reboot.", true},
		{"Riverside 4 still rejecting it.", true},
		{"I've also closed the old membership so it can't catch anyone out again.", false},
		{"We\u2019ve turned off the old sync so nobody is double-booked.", false},
		{"we'll keep an eye on the failing import.", false},
		// "still" before a good state kept (styles47 STS-24190 "still fits")
		{"The 07:40 driver also does the hospital run, still fits.", false},
		{"The 07:40 driver still can't make the hospital run.", true},
	} {
		if got := found(lower(tc.text)); got != tc.want {
			t.Errorf("found(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestImpactStatement: a form's field is the customer's statement of the
// business impact only when its label names the impact or its value states a
// fault; a sentence that is no field stays one.
func TestImpactStatement(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Business impact: all four tills are down on a Saturday.", true},
		{"Users affected: everyone in the Leeds office", true},
		{"Description: the live site is down and we are losing orders", true},
		{"We are losing sales every hour the shop is down.", true},
		{"Live from: Thursday 16 October, opening (16:00)", false},
		{"Go-live date: 3 March", false},
		{"Description: Please load the new fares onto all machines so they are live for the first train", false},
		{"Site Manager, Operations Centre", false},
		{"Production Down For All Users", false},
		{"Production is down for all users", true},
		{"What happened?: Placed my order yesterday, the money has gone out but no confirmation came", true},
		// A value that says nothing is affected states no impact.
		{"Orders affected: none so far as we can tell", false},
		{"Impact: N/A", false},
		{"Impact: No one at the depot can print labels", true},
		// The system at fault is no impact (styles63 63-09, styles46 SWP-1190);
		// what it touches, counted, is.
		{"Affected system: VerifyPoint document check", false},
		{"Affected service: ReviewRoom (client review links)", false},
		{"Affected users: 40 in the Leeds office", true},
		// A question asks; it states no impact.
		{"Do we refund her contribution through payroll or do you send it back to us?", false},
		{"Is anyone else affected by this outage?", false},
		// A request states no impact unless it tells a consequence (styles44
		// NWT-118560, styles48 KA-2210, styles45 ADC-CT-20931, styles14 TX-CHG-3391).
		{"Please add the four new drivers to the fleet account and post their fuel cards to the depot.", false},
		{"Please can you set the portal so that bookings without a cost code are not accepted.", false},
		{"I want my deposit back and the contract corrected.", false},
		{"Please fix this today as the payroll run is tomorrow morning.", true},
		{"Could you look at it urgently, none of the tills can take cards.", true},
		// Nothing wrong is no impact (styles45 DW-77310, styles50 INC0042377,
		// styles4 WTR-3310, styles17 S17-FS-3302).
		{"Our VPN login still works from home.", false},
		{"Nobody has had the error since about half past two.", false},
		{"Dashboards OK, plant running normally.", false},
		{"Everyone else is fine.", false},
		{"The app shows a blank page since 09:00, the website is fine.", true},
		{"The website works but the app can't load orders.", true},
		{"Nothing works on the second floor.", true},
	} {
		if got := impactStatement(tc.text); got != tc.want {
			t.Errorf("impactStatement(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestBareValue: a form's value of ratings, counts or codes alone says
// nothing without its label, and the business impact quotes the field whole.
func TestBareValue(t *testing.T) {
	for _, tc := range []struct {
		value string
		want  bool
	}{
		{"2 - Significant", true},
		{"12", true},
		{"High", true},
		{"T14, T15 and T22", true},
		{"T14, T15, T22", true},
		{"High - the whole warehouse cannot ship", false},
		{"everyone in the Leeds office", false},
	} {
		if got := bareValue(tc.value); got != tc.want {
			t.Errorf("bareValue(%q) = %v, want %v", tc.value, got, tc.want)
		}
	}
}

// TestWithWhatFollows: a cause that ends in a colon is quoted with the
// sentence after it, which says what the cause is; any other sentence alone.
func TestWithWhatFollows(t *testing.T) {
	for _, tc := range []struct{ body, first, want string }{
		{"Thanks for the file. The reason is the accounts update released last week:\nit writes dates as MM/DD/YYYY. Please re-export.",
			"The reason is", "The reason is the accounts update released last week: it writes dates as MM/DD/YYYY."},
		{"The reason is the accounts update released last week. It writes dates the other way round.",
			"The reason is", "The reason is the accounts update released last week."},
		{"Root cause:", "Root cause:", "Root cause:"}, // nothing follows
	} {
		var sns []reader.Sentence
		for _, sp := range reader.Sentences(tc.body) {
			sns = append(sns, reader.Sentence{Span: sp})
		}
		si := slices.IndexFunc(sns, func(s reader.Sentence) bool { return strings.HasPrefix(s.Text, tc.first) })
		if si < 0 {
			t.Fatalf("%q: no sentence starts %q", tc.body, tc.first)
		}
		if got := withWhatFollows(tc.body, sns, si); got != tc.want {
			t.Errorf("withWhatFollows(%q) = %q, want %q", tc.body, got, tc.want)
		}
	}
}

// TestAnswers: staff's sentence that answers what the opening asked to know
// shares its topic words (styles44 RF-55188, styles49 PB-IT-3351); a fault
// found elsewhere, or one that shares the words of a request for work
// (styles9 NC-30702's "Please could you configure ..."), is not an answer.
// The sentences are written for the test.
func TestAnswers(t *testing.T) {
	asked := [][]string{contentWords("Could you also confirm whether the kiosk screens need updating separately?"),
		contentWords("Notes: Priya is 16, not sure if that matters for the cellar door")}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The kiosk screens don't need a separate update; they pull prices at start-up.", true},
		{"Priya: under-18s can't be given a key to the cellar door, so she's on the shop floor only.", true},
		{"The card reader on till 2 failed its test and needs replacing.", false},
		{"Kiosk 3 is offline since the move.", false},
	} {
		if got := answers(tc.text, asked); got != tc.want {
			t.Errorf("answers(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestRankLaterApology: a customer's apology for their own late answer is no
// later problem (styles59 BCIT-31571: "After the first fix, the customer
// reported “sorry for late answer”"); a fault told beside one still is.
func TestRankLaterApology(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Hello, sorry for late answer.", false},
		{"Apologies for the slow reply.", false},
		{"Sorry for the delay in getting back to you.", false},
		{"Sorry for the late reply, the scanner is still failing every morning.", true},
		{"The deliveries are late again this morning.", true},
	} {
		if _, got := rankLater(reader.Sentence{Span: reader.Span{Text: c.text}}); got != c.want {
			t.Errorf("rankLater(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestOpeningAnnouncement: a sentence that only announces a question is not
// what the opening is about (styles60 SL-5547: "FV Willem Jacob UK161 wrote
// “I have question”"); the question that follows is.
func TestOpeningAnnouncement(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"hello, I have question.", false},
		{"Quick question:", false},
		{"Hi, I need some help please.", false},
		{"How I can change it now, it is already sent?", true},
		{"I have a question about the invoice for March.", true},
	} {
		if _, got := openingRank(reader.Sentence{Span: reader.Span{Text: c.text}}, false); got != c.want {
			t.Errorf("openingRank(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestFaultRankWaitIdiom: "hang on" asks someone to wait (styles61 MW-55298:
// "After the first fix, the customer reported “ok hang on, customer just come
// in”", and styles72 DW-7730's "Knee is hanging in there"); a system that
// hangs is a fault.
func TestFaultRankWaitIdiom(t *testing.T) {
	for _, c := range []struct {
		text  string
		fault bool
	}{
		{"ok hang on, customer just come in", false},
		{"hang tight, checking now", false},
		{"the till hangs on the payment screen", true},
		{"ok hang on, the printer is still blank", true},
		{"knee is hanging in there", false},
		{"the app is hanging on the splash screen", true},
		{"f7 is back down to 29, we'll keep the valve open overnight", false},
		{"the booking site is down again", true},
		{"speeds drop down to 1 mbps every evening", true},
	} {
		if got := faultRank(c.text) >= faultScore; got != c.fault {
			t.Errorf("faultRank(%q) fault %v, want %v", c.text, got, c.fault)
		}
	}
}

// TestRankLaterPastImpact: a customer's account, after staff's fix, of what
// the fault cost them while it lasted is no later fault (styles23 SR-118230
// "Had 2 move-ins stuck at the gate, let them in by hand", PLS-20931 "We lost
// one hour of productivity"); a fault counted, or one that persists, is.
func TestRankLaterPastImpact(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Had 2 move-ins stuck at the gate, let them in by hand.", false},
		{"We lost one hour of productivity.", false},
		{"Thanks, we had three drivers waiting at the barrier for an hour.", false},
		{"Had one error Wednesday night and nothing since.", true},
		{"Had 2 move-ins stuck at the gate again this morning.", true},
		{"We lost the connection to the gate at 3pm.", true},
		{"The gate is stuck closed.", true},
	} {
		if _, got := rankLater(reader.Sentence{Span: reader.Span{Text: c.text}}); got != c.want {
			t.Errorf("rankLater(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestComplaintAside: a sentence telling how the fault weighs on the writer
// ranks below the fault itself (styles56 TR-55102 "This is very annoying
// because now he … is stuck there every day").
func TestComplaintAside(t *testing.T) {
	fault := "Every time he starts he makes a new map, and the no-go zones are gone."
	for _, c := range []struct {
		text  string
		below bool
	}{
		{"This is very annoying because now he drives under the bed and is stuck there every day.", true},
		{"It's so frustrating, the app crashes every time I open it.", false},
		{"This is frustrating because the app crashes every time I open it.", true},
		{"The robot is stuck under the bed every day.", false},
	} {
		a, _ := rankStatement(reader.Sentence{Span: reader.Span{Text: c.text}}, false)
		b, _ := rankStatement(reader.Sentence{Span: reader.Span{Text: fault}}, false)
		if got := a.score < b.score; got != c.below {
			t.Errorf("%q ranks %d, the fault %d: below %v, want %v", c.text, a.score, b.score, got, c.below)
		}
	}
}

// TestFaultRankMoney: a sum of money is no error code (styles62 EBS-MS-7815
// "Lending mandate: up to £500,000 / 85% LTV"); an HTTP 500 is. A form's
// dropdown or a Dropbox folder is no drop (styles57 PV-ITS-3340); calls
// dropped and a speed that drops down are.
func TestFaultRankMoney(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"lending mandate: up to £500,000 / 85% ltv", 0},
		{"the checkout returns 500 on every order", faultScore},
		{"cmi_2025 is in the assumptions dropdown as well.", 0},
		{"the new code is in the drop-down and the drop down list now", 0},
		{"the file is in our dropbox folder", 0},
		{"speeds drop down to 1 mbps every evening", faultScore},
		{"calls dropped twice this morning and the dropdown froze", faultScore},
	} {
		if got := faultRank(c.text); got != c.want {
			t.Errorf("faultRank(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}
