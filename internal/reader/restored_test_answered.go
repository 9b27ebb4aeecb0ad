package reader

// A test after the remedy told with a good result in words round 68's test
// rule lacks (round 101, docs/quality.md "Round 101"): staff's sentence names
// a test ("test call", "tested", "test payment") and, after it, that the test
// was answered, approved or applied, that the thing played, had sound, was
// routed, appeared, saved, matched or was allowed, or is working or went
// "normally". The form, stops and gates are round 68's (testShowsBy,
// restored_test_result.go): only staff's, only after a remedy
// (Context.AfterRemedy, RemedyBefore) or in the sentence of staff's own step;
// refused with a negation, a question, the future, a condition, a contrast, a
// remaining fault, a reproduction or a test system. Tuning rows (misses
// before the rule, every one labelled restored):
//
//   - "I've pointed it at your current Support queue (09:52) and a test call
//     was answered by Leanne." (styles17 15-ivr-change-option2-dead);
//     "Alarm button tested - call centre answered." (styles84 84-09);
//   - "I've opened the routers up for it and a 10p test payment on your
//     machine was approved." (styles36 13-terminal-app-contactless);
//   - "Fobs tested on both doors, working." (styles84 84-14); "I tested a
//     check-in from the new address with our test carer account and it
//     started the call normally." (styles75 07-ecm-out-of-area); "I tested
//     several calls from the Renovaciones campaign and they play normally."
//     (styles17 16-recordings-not-available);
//   - "... a test stream I ran at 16:10 had clear sound on both channels."
//     (styles21 06-webcast-no-audio); "Switched recorder input to USB audio,
//     test recording in LT2 has sound." (styles47 06-lt2-recordings-no-audio);
//   - "C&C switched on for 231 at 08:00, test order 700-91002 routed to the
//     store." (styles46 17-new-store-cambridge); "Test basket Godalming
//     Easter wk1: 10% applied." (styles78 14-earlybird-code); "I ran a
//     two-minute test stream afterwards and it appeared on the channel as
//     Live, ..." (styles53 15-livestream-deleted-stream-key);
//   - "Ran it for tomorrow's batch in test mode: dates match the matters."
//     (styles83 09-expiry-reminders-wrong-date); "Hotfix 4.2.1 deployed
//     11:35, test gift with the box ticked saved as declared." (styles87
//     87-14-giftaid-declarations); "Test: sharing a Clients file to
//     gmail.com blocked, to norrisgroup.example allowed." (styles5
//     21-restrict-external-sharing).
//
// Over every tuning sentence of staff's, whatever its context, a test word
// followed by one of these words is labelled restored each time (the ones
// other rules read already included). Left out: "delivered" ("10:05 test
// campaign sent via Relaymobile: 37/40 delivered.", styles3, labelled none)
// and "live" ("... set it up in your test company on Tuesday, ... then copy
// it to live", styles29, a plan).

// testAnsweredWords are the good results this form adds to round 68's.
var testAnsweredWords = map[string]bool{"answered": true, "approved": true, "applied": true, "authorised": true,
	"authorized": true, "working": true, "normally": true, "play": true, "plays": true, "played": true,
	"sound": true, "routed": true, "appeared": true, "saved": true, "match": true, "matches": true,
	"allowed": true}

// testAnswered reports staff's test told with one of testAnsweredWords after
// it; the caller checks the role and the remedy.
func testAnswered(text string, ts []string) bool {
	return testShowsBy(text, ts, testAnsweredWords)
}
