package analysis_test

import (
	"slices"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/sla"
	"github.com/debriefhq/debrief/internal/ticket"
)

// msg is one message of an invented ticket: who wrote it, whether the
// customer saw it, and its text.
type msg struct {
	role   ticket.Role
	public bool
	body   string
}

func customer(body string) msg { return msg{ticket.RoleCustomer, true, body} }
func staff(body string) msg    { return msg{ticket.RoleAgent, true, body} }
func note(body string) msg     { return msg{ticket.RoleAgent, false, body} }

// invented analyses a ticket of the messages, one an hour.
func invented(t *testing.T, typ string, msgs ...msg) *analysis.Analysis {
	t.Helper()
	cfg := config.Default()
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	tk := &ticket.Ticket{ID: "T1", Type: typ, Subject: "Invented", CreatedAt: at, ClosedAt: at.Add(time.Duration(len(msgs)+1) * time.Hour)}
	return analyseWith(t, cfg, tk, msgs...)
}

// laterProblemText is the text of a's later problem, "" where it has none.
func laterProblemText(a *analysis.Analysis) string {
	if a.Facts.LaterProblem == nil {
		return ""
	}
	return a.Facts.LaterProblem.Text
}

// analyseWith adds msgs to tk, one an hour from its opening, and analyses it
// under cfg.
func analyseWith(t *testing.T, cfg *config.Config, tk *ticket.Ticket, msgs ...msg) *analysis.Analysis {
	t.Helper()
	for i, m := range msgs {
		tk.Events = append(tk.Events, ticket.Event{At: tk.CreatedAt.Add(time.Duration(i) * time.Hour), Kind: ticket.KindMessage, Role: m.role, Public: m.public, Body: m.body})
	}
	return analyseTicket(cfg, tk)
}

// analyseTicket analyses tk under cfg.
func analyseTicket(cfg *config.Config, tk *ticket.Ticket) *analysis.Analysis {
	p, _ := cfg.PolicyFor(tk)
	return analysis.Analyze(tk, sla.Compute(tk, p), cfg.Analysis)
}

// closedIncident analyses an invented incident of msgs, one an hour, closed
// for reason (its close_reason) after the given time from its last message.
func closedIncident(t *testing.T, reason string, after time.Duration, msgs ...msg) *analysis.Analysis {
	t.Helper()
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	tk := &ticket.Ticket{ID: "T1", Type: ticket.TypeIncident, Subject: "Invented", CreatedAt: at,
		ClosedAt: at.Add(time.Duration(len(msgs)-1)*time.Hour + after), CloseReason: reason}
	return analyseWith(t, config.Default(), tk, msgs...)
}

// TestLaterProblem: the customer's statement of a fault after staff's first
// remedy, and the near misses that are not one. The tickets are invented.
func TestLaterProblem(t *testing.T) {
	const (
		request  = "Please deploy release 5.2 of the booking app to the three branch servers on Thursday night."
		deployed = "We deployed release 5.2 to all three branch servers last night and restarted the services."
	)
	cases := []struct {
		name string
		typ  string
		msgs []msg
		want string // "" for none
	}{
		{"a failure stated after the requested work is done", ticket.TypeChange,
			[]msg{customer(request), staff(deployed), customer("Thanks. The Eastgate server won't start the booking app since the upgrade, it shows error 1603.")},
			"The Eastgate server won't start the booking app since the upgrade, it shows error 1603."},
		{"an incident whose first fix did not hold", ticket.TypeIncident,
			[]msg{customer("The payroll export has failed every night this week with a timeout."),
				staff("I've increased the export timeout to 30 minutes and re-ran last night's export."),
				customer("It failed again last night with the same timeout.")},
			"It failed again last night with the same timeout."},
		{"the fault came back, told without a word of failure", ticket.TypeIncident,
			[]msg{customer("The label printer at the front desk prints blank labels."),
				staff("I've reverted the label template to the previous version and printed a test label."),
				customer("Sorry, it has happened again this morning. Same thing")},
			"Sorry, it has happened again this morning."},
		{"staff raised the change, noted it done, and the customer reports what broke", ticket.TypeChange,
			[]msg{staff("Change request\nWhat: upgrade the playout clients from 7.1 to 7.2\nWhen: Saturday 23:00-01:00\nWhy: end of support for 7.1 in June; 7.2 fixes the cart wall freeze we had in February"),
				note("Upgrade done, all three studio clients on 7.2 and test carts play fine."),
				customer("Morning. The mic live light in Studio 1 is not coming on when I open the fader.")},
			"The mic live light in Studio 1 is not coming on when I open the fader."},
		{"a thing that vanished is a fault", ticket.TypeChange,
			[]msg{staff("Change request\nWhat: move the office PCs to the monthly channel\nWhen: Thursday 19:00-22:00\nWhy: the old channel's builds freeze Outlook on the older desktops"),
				note("Upgrade done, all 86 PCs on the monthly channel and test e-mails file fine."),
				customer("The filing ribbon has vanished from Outlook for a dozen people on the 3rd floor.")},
			"The filing ribbon has vanished from Outlook for a dozen people on the 3rd floor."},
		// Round 189: in a change or a request the customer opened, staff's
		// note of the work done counts too, as the customer sees the work
		// itself (styles104 12, styles84 13); in an incident it does not
		// (TestWorkNoteProblem).
		{"the customer opened a change, staff's note of the work is what they answer", ticket.TypeChange,
			[]msg{customer("Please upgrade the playout clients to 7.2 on Saturday night."),
				note("Upgrade done, all three studio clients on 7.2 and test carts play fine."),
				customer("Also the mic live light in Studio 1 is not coming on when I open the fader.")},
			"Also the mic live light in Studio 1 is not coming on when I open the fader."},
		{"near miss: nobody told us is no fault", ticket.TypeIncident,
			[]msg{staff("Chat transcript: none of our staff can log in this morning, the login page loops."),
				note("Their signing certificate changed; I have asked for the new metadata."),
				staff("Could you ask your IT team to send us the new metadata?"),
				note("Imported the new metadata, test login works."),
				customer("Our IT confirmed they renewed the certificate yesterday evening, sorry nobody told us.")},
			""},
		{"near miss: thanks again after the fix", ticket.TypeIncident,
			[]msg{customer("The label printer at the front desk prints blank labels."),
				staff("I've reverted the label template to the previous version and printed a test label."),
				customer("Thanks again, the labels are printing properly again.")},
			""},
		{"a step the customer took, and the fault persists", ticket.TypeIncident,
			[]msg{customer("The label printer at the front desk prints blank labels."),
				staff("I've reverted the label template to the previous version. Please restart the label program."),
				customer("Restarted the program twice, still blank labels.")},
			"Restarted the program twice, still blank labels."},
		{"near miss: a later question", ticket.TypeChange,
			[]msg{customer(request), staff(deployed), customer("Will the Eastgate server also get the new reports menu, or does that come with 5.3?")},
			""},
		{"near miss: the customer's thanks", ticket.TypeChange,
			[]msg{customer(request), staff(deployed), customer("Thanks, all three branches are booking normally this morning.")},
			""},
		{"near miss: thanks with a word of failure in another use", ticket.TypeIncident,
			[]msg{customer("Customers keep calling because the booking page shows the wrong dates."), staff(deployed),
				customer("Calls about it have dropped right off, thanks."), customer("The page is still fast today, thanks!")},
			""},
		{"near miss: the customer's guess", ticket.TypeChange,
			[]msg{customer(request), staff(deployed), customer("I think the antivirus might make the booking app crash on Eastgate.")},
			""},
		{"near miss: a fault stated before any remedy is not after the work", ticket.TypeChange,
			[]msg{customer(request), staff("Which three servers do you mean: Eastgate, Northgate and the head office?"),
				customer("Yes those three. Also the Eastgate server keeps crashing since Monday."), staff(deployed)},
			""},
		{"near miss: a remedy only in an internal note", ticket.TypeIncident,
			[]msg{customer("The payroll export has failed every night this week with a timeout."),
				note("Increased the export timeout to 30 minutes."), customer("The export failed again last night.")},
			""},
		{"near miss: a remedy only suggested in a question", ticket.TypeIncident,
			[]msg{customer("The intranet page will not load in the browser."), staff("Could you try clearing the browser cache and loading it again?"),
				customer("Cleared it, the page still fails to load.")},
			""},
		{"near miss: the customer reports the step they took", ticket.TypeIncident,
			[]msg{customer("Calls to the sales line have one-way audio."), staff("We've switched your trunk to the backup media server."),
				customer("We've disabled the SIP helper on the router as you described and rebooted it.")},
			""},
		// "the booking service didn't come back" until the model trained on every
		// set to styles58 read that sentence as a cause (docs/quality.md,
		// "styles59 to styles62: the first scores"; a misread noted in issue 12):
		// the case tests workProblem, so it now says "two tills", as its comment.
		// It no longer opens "Eastgate failed:": the study's model, shipped
		// with styles75-78's first scores, reads a failure with its reason
		// after a colon as a cause (docs/quality.md, "styles75 to styles78:
		// the first scores").
		{"a fault staff note while doing the requested work", ticket.TypeChange,
			[]msg{customer(request), note("Deployed 5.2 to Northgate and head office, smoke test passed. Eastgate: two tills didn't come back after the reboot."),
				staff("Two of the three servers are on 5.2; Eastgate is back on 5.1 until its disk is replaced.")},
			"Eastgate: two tills didn't come back after the reboot."},
		{"a ticket staff opened: the customer's first message answers their fix", ticket.TypeIncident,
			[]msg{note("Call from the head office: the booking app shows error 1603 on all three servers."),
				staff("We've reinstalled the booking app on all three servers."),
				customer("Northgate and head office work now. Eastgate still shows error 1603 though.")},
			"Eastgate still shows error 1603 though."},
		{"near miss: in an incident, staff's findings are the investigation", ticket.TypeIncident,
			[]msg{customer("The booking app on the three servers needs looking at, the front desk has called twice."), note("Restarted the service on Eastgate. Northgate still crashes at start-up.")},
			""},
		{"near miss: staff's plan with a word of failure in it", ticket.TypeChange,
			[]msg{customer(request), staff(deployed + " I'll close this one, just reply here if something is missing.")},
			""},
		{"near miss: staff's answer that explains", ticket.TypeChange,
			[]msg{customer(request), staff(deployed), customer("Can we test a booking?"), staff("Yes: make a real booking and cancel it, the test mode doesn't reach the payment provider.")},
			""},
		{"near miss: staff's report that works, with a word of failure in another use", ticket.TypeChange,
			[]msg{customer(request), staff(deployed), note("Logged in fine and made a test booking while still on the call.")},
			""},
		{"near miss: no recurrence since the fix", ticket.TypeIncident,
			[]msg{customer("The van tablets lose their route every few hours."), staff("We've pushed the new profile to all the tablets."),
				customer("Great, thanks - none since the update, and no drops at all on the evening shift.")},
			""},
		{"near miss: the step asked, kept", ticket.TypeIncident,
			[]msg{customer("The laptops in the east office reboot in the middle of the day."), staff("Please pause the updates on those laptops until we have checked the policy."),
				customer("We paused the updates like you said and nobody has touched the laptops since.")},
			""},
		{"near miss: words of failure in other uses", ticket.TypeIncident,
			[]msg{customer("The file manager crashes when we move folders."), staff("We've installed the 4.2 patch on your workstations."),
				customer("Moving folders is fine now, drag and drop working too."),
				customer("We took the old shortcuts down and the calls to reception have calmed down already.")},
			""},
		{"near miss: a freeze of releases", ticket.TypeIncident,
			[]msg{customer("The payment handler times out on large baskets."), staff("A fix is ready; you can deploy it with the next handler release."),
				customer("We'd rather not touch the handler before our release freeze on Thursday, so we'll wait for it.")},
			""},
		{"near miss: the subject again, in a reply's header", ticket.TypeIncident,
			[]msg{customer("Machine translation stopped working this morning."), staff("The connector's key had expired; we've put in the new key."),
				customer("Thanks, the re-run is going now.\n\nSubject: [T1] Invented")},
			""},
		{"a success and then a fault, before any remedy is public", ticket.TypeChange,
			[]msg{note("Change request: upgrade the planning system from 8.6 to 9.1 on Saturday."), customer("Fine by us, go ahead on Saturday."),
				note("The vendor completed the upgrade at 13:20."), customer("Registration works again after the upgrade. Decision notices are not generating though, it says template not found.")},
			"Decision notices are not generating though, it says template not found."},
		{"near miss: a success and nothing wrong after it", ticket.TypeChange,
			[]msg{note("Change request: upgrade the planning system from 8.6 to 9.1 on Saturday."), customer("Fine by us, go ahead on Saturday."),
				note("The vendor completed the upgrade at 13:20."), customer("Registration works again after the upgrade. We will try the decision notices on Monday.")},
			""},
		{"near miss: staff's reassurance with a word of failure in it", ticket.TypeChange,
			[]msg{customer(request), staff(deployed + " The booking links are the same, so your guests won't notice a thing.")},
			""},
		{"near miss: staff keep a good state", ticket.TypeServiceRequest,
			[]msg{customer("Please remove the old kiosk from our site list; we keep the site itself."),
				staff("I've removed the kiosk from the site list. Your site is still open and ready for the new kiosk.")},
			""},
		{"near miss: staff tell how the work will behave once the customer acts", ticket.TypeServiceRequest,
			[]msg{customer("Please give our new volunteer Tom access to the rota, but not to the accounts."),
				staff("I've invited Tom to the rota. Once he accepts he can edit shifts but won't see the accounts.")},
			""},
		{"near miss: staff count no trouble", ticket.TypeChange,
			[]msg{customer(request), staff(deployed), note("Deposit balances on all three servers compared with the old ones, none negative now.")},
			""},
		{"a fault staff found, after a reassurance", ticket.TypeChange,
			[]msg{customer(request), staff(deployed + " Your guests won't notice a thing."), note("Eastgate still shows error 1603 at start-up.")},
			"Eastgate still shows error 1603 at start-up."},
		{"near miss: a success, and a refusal as it should be", ticket.TypeChange,
			[]msg{customer("Please limit guest bookings to 14 days ahead from Monday."), staff("The 14-day limit is in and starts on Monday."),
				customer("All working. A guest booked for next Friday, and one for a month ahead was refused, as it should be.")},
			""},
		{"not as intended is a fault", ticket.TypeChange,
			[]msg{customer(request), staff(deployed), customer("Thanks. The Eastgate server won't start the booking app since the upgrade, which isn't as intended.")},
			"The Eastgate server won't start the booking app since the upgrade, which isn't as intended."},
		{"not working as expected is a fault", ticket.TypeChange,
			[]msg{customer(request), staff(deployed), customer("Thanks. The Eastgate server is not working as expected, it shows error 1603 at start-up.")},
			"The Eastgate server is not working as expected, it shows error 1603 at start-up."},
		{"near miss: it works, and a figure kept", ticket.TypeQuestion,
			[]msg{customer("Can I replace a published video without losing its views?"),
				staff("Yes, you can. Open the video, go to the Files tab and use 'Replace file'."),
				customer("Replaced it - the new cut plays fine on phones, and the view count still says 1,204. You're a star.")},
			""},
		{"it works in one place but not another", ticket.TypeIncident,
			[]msg{customer("The new cut of the video will not play."), staff("We have re-uploaded the video file with the audio track fixed."),
				customer("Thanks. The picture is fine on the TV app and it still has no sound.")},
			"The picture is fine on the TV app and it still has no sound."},
		{"a server going down is a fault", ticket.TypeIncident,
			[]msg{customer("The intranet is very slow."), staff("We've restarted the web server."),
				customer("Since then the intranet server keeps going down every hour.")},
			"Since then the intranet server keeps going down every hour."},
		{"near miss: a permission to staff", ticket.TypeChange,
			[]msg{customer("Please set up a temporary stream for Friday's results night."), staff("The stream is built and tested, ready for Friday."),
				customer("You can take it down now, the night went well.")},
			""},
		{"near miss: refused, as the customer wanted", ticket.TypeServiceRequest,
			[]msg{customer("Please stop the trainees from opening the Henley matter."), staff("Done: the trainees' group is now walled off from the Henley matter."),
				customer("Sam from Employment tried to open it to be sure and was refused, which is exactly what we want.")},
			""},
		{"near miss: slowing down like it should", ticket.TypeChange,
			[]msg{customer("Please load the new speed map onto the mowers."), staff("The new map is on all four mowers."),
				customer("Sector speeds changing where the map says, slowing down over the sandy bit like it should.")},
			""},
		{"near miss: the customer's own next step", ticket.TypeIncident,
			[]msg{customer("The pump station alarm is not reaching the on-call phone."), staff("We re-registered the phone with the alerting service and sent a test alarm."),
				customer("Test alarm came through. I'll stand down the 30 minute calls.")},
			""},
		// Round 227: a sentence that tells no fault come back though its
		// words are a fault's (toldNoFault), and a later fault found past it.
		{"near miss: the state as the customer wanted it", ticket.TypeServiceRequest,
			[]msg{customer("Please give our new volunteer Tom access to the rota only."), staff("Done: Tom can sign in and sees the rota."),
				customer("Tom is in and has filled in his shifts - he can't see anything else, which is what we wanted.")},
			""},
		{"near miss: thanks for staying late", ticket.TypeIncident,
			[]msg{customer("Card donations are being declined at the gala."), staff("We have raised the processor limit; donations should go through now."),
				customer("Thank you, the last three went through. Thanks so much for staying late.")},
			""},
		{"near miss: the fault denied on the night", ticket.TypeIncident,
			[]msg{customer("Card payments keep dropping at the north bar."), staff("I've capped the guest Wi-Fi on the north access points, the tills are reconnected."),
				customer("Hi, Saturday was a sell-out and the north bar tills didn't drop a single payment, half-time included.")},
			""},
		{"near miss: the customer tells the cause", ticket.TypeQuestion,
			[]msg{customer("The annual return export only has 45 incidents, we expect 47."), staff("I've re-run the export for you with the filter cleared."),
				customer("Two batches were still open, which is why the first export only had 45.")},
			""},
		{"near miss: what the customer's IT did", ticket.TypeIncident,
			[]msg{customer("Reports download as blank pages."), staff("Please try clearing the browser cache."),
				customer("They open fine today. Our IT did push some updates last night, but they say nothing relating to the viewer.")},
			""},
		{"the cause told, and the fault come back in the next message", ticket.TypeQuestion,
			[]msg{customer("The annual return export only has 45 incidents, we expect 47."), staff("I've re-run the export for you with the filter cleared."),
				customer("Two batches were still open, which is why the first export only had 45."),
				customer("Sorry, the export is short again this morning, it has 46.")},
			"Sorry, the export is short again this morning, it has 46."},
		{"near miss: what the customer will add", ticket.TypeServiceRequest,
			[]msg{customer("Please import the list of closure dates for next year."), staff("Imported: 14 of the 16 dates, two were in the past."),
				customer("We will add the missing dates by hand.")},
			""},
		// Round 69: the reports' misreads of the work's problem (see
		// failureTold, controlHolds, thankedOutcome, wrongFigure, noneElse
		// and checkNote for the rows).
		{"a failure staff name before a colon, read as a cause", ticket.TypeChange,
			[]msg{customer(request), note("Deployed 5.2 to Northgate and head office, smoke test passed. Eastgate failed: two tills didn't come back after the reboot. Rolled Eastgate back to 5.1.")},
			"Eastgate failed: two tills didn't come back after the reboot."},
		{"near miss: a cause with because, read as a cause", ticket.TypeChange,
			[]msg{customer(request), note("Deployed 5.2 to Northgate and head office, smoke test passed. Eastgate was rolled back because its disk is too small for 5.2.")},
			""},
		{"near miss: staff's test of the wall they built", ticket.TypeServiceRequest,
			[]msg{customer("Please restrict the Lantern workspace to the five people on the list, and keep the Employment team out."),
				note("Workspace set to group only and the Employment group given an explicit deny."),
				note("Logged in as emp.test (Employment role) - the workspace doesn't come up in search.")},
			""},
		{"staff's test as a real user refused is a fault", ticket.TypeServiceRequest,
			[]msg{customer("Please give Jo Smith access to the Lantern workspace."),
				note("Jo Smith added to the workspace group."),
				note("Tested as jsmith - access denied.")},
			"Tested as jsmith - access denied."},
		{"near miss: the customer's thanks with the outcome", ticket.TypeIncident,
			[]msg{customer("Please stop my direct debit before the 15th, I'm injured and can't climb."),
				staff("I've frozen your membership and the direct debit on the 15th won't be taken."),
				customer("Thanks Amira, checked my bank and nothing came out on the 15th. See you in May!")},
			""},
		{"thanks with the fault still there", ticket.TypeIncident,
			[]msg{customer("The label printer at the front desk prints blank labels."),
				staff("I've reverted the label template to the previous version."),
				customer("Thanks Amira, still blank labels on the front desk printer.")},
			"Thanks Amira, still blank labels on the front desk printer."},
		{"a figure shown against the one asked for", ticket.TypeChange,
			[]msg{customer("Please open the Christmas slots: 40 cars per slot at Hatherley, 25 at Ashcombe."),
				staff("The Christmas slots are set up for both sites and go live on Monday."),
				customer("The slots are live but Ashcombe is showing 40 per slot, not 25.")},
			"The slots are live but Ashcombe is showing 40 per slot, not 25."},
		{"near miss: staff's check that the value held", ticket.TypeChange,
			[]msg{customer("Please keep the block of five lessons at £400 when the single price goes up."),
				staff("I've set the block as a local price at £400 that the sync leaves alone."),
				note("Checked after last night's sync: block still £400, derive off.")},
			""},
		{"the customer's own next step with the fault still there", ticket.TypeIncident,
			[]msg{customer("The pump station alarm is not reaching the on-call phone."), staff("We re-registered the phone with the alerting service."),
				customer("We'll keep the 30 minute calls as the alarm still fails to reach the phone.")},
			"We'll keep the 30 minute calls as the alarm still fails to reach the phone."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := invented(t, c.typ, c.msgs...)
			got := ""
			if lp := a.Facts.LaterProblem; lp != nil {
				got = lp.Text
			}
			if got != c.want {
				t.Errorf("later problem = %q, want %q", got, c.want)
			}
			has := slices.ContainsFunc(a.Sources, func(s analysis.Source) bool { return s.ID == "later_problem" })
			if has != (c.want != "") {
				t.Errorf("later_problem source listed %v, want %v", has, c.want != "")
			}
		})
	}
}

// TestEstimateAfterRestoration: an expected time given once the service is
// back ("will be sent out for Thursday as normal") is no estimate of its
// return, so no finding says one was given before a timeline was known.
func TestEstimateAfterRestoration(t *testing.T) {
	for _, tc := range []struct {
		name string
		msgs []msg
		want bool
	}{
		{"an estimate before the restoration", []msg{customer("The ordering site shows an error at checkout."),
			staff("We expect a fix by 11:00 today."), staff("Checkout is working again, the payment module was restarted.")}, true},
		{"near miss: an expected time in the message reporting the restoration", []msg{customer("The ordering site shows an error at checkout."),
			staff("Checkout is working again since 10:40. The refunds for the failed orders will follow on Monday.")}, false},
		{"near miss: an expected time once the service is back", []msg{customer("The ordering site shows an error at checkout."),
			staff("Checkout is working again, the payment module was restarted."), staff("Your order will be sent out by Thursday as normal.")}, false},
		{"near miss: an expected time in the message stating the step taken", []msg{customer("The statement charges me for the neighbour's berth."),
			staff("I've corrected the set-up in billing. The credit will show on your April statement next week.")}, false},
		{"near miss: an expected time after the step taken", []msg{customer("The statement charges me for the neighbour's berth."),
			staff("I've corrected the set-up in billing."), staff("We will send the corrected invoice by Friday.")}, false},
		{"an estimate after only a stopgap", []msg{customer("The ordering site shows an error at checkout."),
			staff("As a workaround, orders can be placed by phone. Engineers expect a fix by 14:00 today.")}, true},
		{"an estimate after only an instruction", []msg{customer("The ordering site shows an error at checkout."),
			staff("Please clear the browser cache and try again."), staff("A fixed version should be out within a day or two.")}, true},
		{"an estimate before the step taken", []msg{customer("The statement charges me for the neighbour's berth."),
			staff("We expect to have this corrected by Friday."), staff("I've corrected the set-up in billing.")}, true},
	} {
		a := invented(t, ticket.TypeIncident, tc.msgs...)
		got := slices.ContainsFunc(a.Findings, func(f analysis.Finding) bool { return f.Code == "estimate_without_timeline" })
		if got != tc.want {
			t.Errorf("%s: estimate_without_timeline = %v, want %v (estimates %+v, restored %v)", tc.name, got, tc.want, a.Facts.Estimates, a.Facts.Restored)
		}
	}
}

// TestRestoredAfterLaterProblem: where the customer states a fault after the
// first restoration, the impact ends at a restoration after that statement;
// without one the first restoration stands. The tickets are invented.
func TestRestoredAfterLaterProblem(t *testing.T) {
	open := customer("Both card terminals decline every contactless payment since this morning.")
	fixed := staff("The provider re-sent the configuration to both terminals; please restart them.")
	partly := customer("The first one works now. The bar terminal still says contactless not available.")
	for _, tc := range []struct {
		name string
		msgs []msg
		want string // the restoration quoted, "" for none
		hour int    // when it came, hours after the opening
	}{
		{"the fault remained, then was fixed", []msg{open, fixed, partly, staff("Pushed it again to the bar terminal, try one more restart."), customer("Yes, the bar one takes contactless now.")},
			"Yes, the bar one takes contactless now.", 4},
		{"no restoration after the later problem: the first stands", []msg{open, fixed, partly},
			"The first one works now.", 2},
		{"no later problem: the first restoration", []msg{open, fixed, customer("Both work now, thanks."), customer("Still fine this afternoon.")},
			"Both work now, thanks.", 2},
	} {
		checkRestoredAt(t, tc.name, invented(t, ticket.TypeIncident, tc.msgs...), tc.want, tc.hour)
	}
}

// TestRestoredAfterRefiredAlert: where the monitoring alert that opened the
// ticket fires again after the first restoration, the impact ends at a
// restoration after it; a recovery notice, or an alert about something else,
// leaves the first restoration standing. The tickets are invented.
func TestRestoredAfterRefiredAlert(t *testing.T) {
	alert := func(body string) msg { return msg{ticket.RoleSystem, true, body} }
	firing := alert("[FIRING] invoice-export: backlog 2,310 > 1000 for 10m. Invoices are not being sent.")
	fixed := note("Restarted the export workers with a larger heap. Backlog draining at 200/min.")
	for _, tc := range []struct {
		name string
		msgs []msg
		want string // the restoration quoted
		hour int    // when it came, hours after the opening
	}{
		{"the alert fires again, then the fault is fixed", []msg{firing, fixed,
			alert("[FIRING] invoice-export: backlog 1,480 > 1000 for 10m. Invoices are not being sent."),
			note("Pulled the oversized batch out of the queue; exports are flowing again.")},
			"Pulled the oversized batch out of the queue; exports are flowing again.", 3},
		{"near miss: a recovery notice", []msg{firing, fixed,
			alert("[RESOLVED] invoice-export: backlog 40 < 1000."),
			note("Pulled the oversized batch out of the queue; exports are flowing again.")},
			"Backlog draining at 200/min.", 1},
		{"near miss: another alert", []msg{firing, fixed,
			alert("[FIRING] disk-usage: /var at 91% on db-02, log writes failing."),
			note("Pulled the oversized batch out of the queue; exports are flowing again.")},
			"Backlog draining at 200/min.", 1},
	} {
		checkRestoredAt(t, tc.name, invented(t, ticket.TypeIncident, tc.msgs...), tc.want, tc.hour)
	}
}

// checkRestoredAt checks that a's restoration quotes want and ends the impact
// hour hours after the opening.
func checkRestoredAt(t *testing.T, name string, a *analysis.Analysis, want string, hour int) {
	t.Helper()
	r := a.Facts.Restored
	switch {
	case r == nil:
		t.Errorf("%s: no restoration, want %q", name, want)
	case r.Text != want || !a.Facts.Impact.End.Equal(a.Facts.CreatedAt.Add(time.Duration(hour)*time.Hour)):
		t.Errorf("%s: restored %q at %v, want %q %d hours in", name, r.Text, a.Facts.Impact.End, want, hour)
	}
}

// TestKeyFixAfterFaultReturned: a step taken before the fault came back (a
// re-fired alert) did not hold, so it is never quoted as the remedial step;
// the restoration that names its own step stands alone. The tickets are
// invented.
func TestKeyFixAfterFaultReturned(t *testing.T) {
	alert := func(body string) msg { return msg{ticket.RoleSystem, true, body} }
	firing := alert("[FIRING] invoice-export: backlog 2,310 > 1000 for 10m. Invoices are not being sent.")
	first := note("Restarted the export workers with a larger heap.")
	cleared := note("Backlog cleared, invoices are going out again.")
	again := alert("[FIRING] invoice-export: backlog 1,480 > 1000 for 10m. Invoices are not being sent.")
	for _, tc := range []struct {
		name string
		msgs []msg
		want string // the remedial step quoted, "" for none
	}{
		{"the step after the alert fired again", []msg{firing, first, cleared, again,
			note("Moved the oversized batch to the dead-letter queue."), note("Exports are flowing again.")},
			"Moved the oversized batch to the dead-letter queue."},
		{"the restoration names its own step; the first did not hold", []msg{firing, first, cleared, again,
			note("Moved the oversized batch to the dead-letter queue; exports are flowing again.")}, ""},
		{"near miss: no alert again, the first step stands", []msg{firing, first, cleared,
			note("Moved the oversized batch to the dead-letter queue; exports are flowing again.")},
			"Restarted the export workers with a larger heap."},
	} {
		a := invented(t, ticket.TypeIncident, tc.msgs...)
		got := ""
		if q, _ := a.Facts.KeyFix(); q != nil {
			got = q.Text
		}
		if got != tc.want {
			t.Errorf("%s: key fix %q, want %q (restored %+v, impact %+v)", tc.name, got, tc.want, a.Facts.Restored, a.Facts.Impact)
		}
	}
}
