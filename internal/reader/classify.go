package reader

import (
	"strings"

	"github.com/debriefhq/debrief/internal/ticket"
)

// Context is what Classify knows about the message a sentence comes from.
type Context struct {
	// Role is the author's role: staff (agent), customer or system.
	Role ticket.Role
	// Public is false for an internal note.
	Public bool
	// Opening is true for the customer's first message, which states the problem.
	Opening bool
	// Request is true after an opening that asks for something to be done (an
	// account created, a quota raised): a staff report that it is done is then
	// its fulfilment (Read sets it; see requestAsked).
	Request bool
	// AfterRemedy is true after staff's last message reported a fix or a
	// restoration (Read sets it): a customer's "I can log in" then reports
	// the result, not a diagnostic (round 13, restored_after_remedy.go).
	AfterRemedy bool
	// RemedyBefore is true when an earlier sentence of the same message
	// reported a fix or a restoration (Read sets it): staff's "Change done
	// 17:40. Test call reaches the new queue." reports the test's result
	// (round 15, restored_staff.go).
	RemedyBefore bool
	// CauseBefore is true when the rules read a cause in an earlier sentence
	// of the ticket (Read sets it). Staff's "Without it, Gmail and Outlook
	// refuse the emails outright." then carries on the explanation (round
	// 137, carryCause). Classify does not read it. The model's causes are
	// not counted: its training reads with the rules alone (readSentences),
	// and Read gives the model the features it was trained on
	// (TestModelWeights checks it).
	CauseBefore bool
	// CustomerRestored is true in staff's message that answers the
	// customer's report of a restoration (Read sets it: the last message
	// before it is the customer's and reads one): staff's "Great, I can
	// see the payment on the account" then confirms it (round 38,
	// restored_confirms.go).
	CustomerRestored bool
	// CustomerQuiet is true in staff's message after the customer's that
	// reads no problem, question or chase (Read sets it): staff's
	// "Wonderful - I can see it on our side as submitted" then confirms what
	// the customer reported in words the rules do not read (round 38).
	CustomerQuiet bool
	// RemedyInTicket is true when an earlier message of the ticket read a
	// fix or a restoration (Read sets it), whatever came between: "No
	// repeat overnight or on today's card." after staff answered "any idea
	// why" (round 84, restored_quiet_period.go).
	RemedyInTicket bool
	// AskedToKnow is true after a subject and opening that ask how the
	// product works and report nothing seen (Read sets it; round 83,
	// cause_asked_workings.go).
	AskedToKnow bool
	// FirstAnswer is true in staff's first message after the message that
	// asked (the subject and the opening InferType's votes read), before any
	// other staff message that was not automatic (Read sets it; round 235,
	// cause_asked_first_answer.go): with AskedToKnow, staff's first answer to
	// a question about how the product works.
	FirstAnswer bool
	// OfflineReported holds the words of the subject and the opening (the
	// first message and the customer's opening) when one of them reports a
	// thing offline, down or unreachable (Read sets it from the message after
	// them on; nil otherwise): staff's "Logger offline since 02:14." then
	// restates the report (round 92, cause_offline_restated.go).
	OfflineReported []string
	// SetAside holds the words of the things a later staff or system message
	// of the ticket sets aside as the cause ("Ribbon was a red herring.",
	// "it wasn't the cable after all"; Read sets it; nil when none): staff's
	// earlier cause that names one is the disproved diagnosis, no cause
	// (round 173, cause_set_aside.go).
	SetAside []string
	// Retracted is true in a message a later staff message retracts ("my
	// first answer was wrong"), with a customer's message between them (Read
	// sets it; round 242, cause_answer_retracted.go): staff's cause there is
	// the disproved one.
	Retracted bool
	// OpenedAfterRemedy is true in the customer's opening of a ticket staff
	// or a monitor opened (a logged call, an internal note, an alert), once
	// the rules read a fix or a restoration in an earlier message, and until
	// a sentence of the opening names a fault or a negation (Read sets it;
	// round 97): the customer's first message then writes after the work
	// ("belt is working again, thanks"), and the restored rules read it
	// though it stays the opening for every other rule.
	OpenedAfterRemedy bool
	// ModelRemedy is true in the customer's message after staff's last
	// message reported a fix or a restoration in the reading with the
	// model's acts, which the rules alone may not have read (Read sets it;
	// round 106, restored_model_remedy.go): Read then adds the restoration
	// the restored rules read in the reply as after AfterRemedy, once the
	// model has read the message (lateRestored). Nothing else reads it.
	ModelRemedy bool
}

// traceForm is set by a test (TestFormCounts) to learn which of the
// forms that report through formHit read a sentence; nil in the reader.
var traceForm func(form, text string)

// formHit reports that the form named form read text: it tells traceForm, if
// set, and returns true, so a form's rule can end in "return formHit(...)".
// The forms are causeRelayedOrStill's "relay", "still" and "so",
// causeChangeSubject's "change", fixHadTake's "fix:had" and fixNoteStep's
// "fix:note".
func formHit(form, text string) bool {
	if traceForm != nil {
		traceForm(form, text)
	}
	return true
}

// The word lists behind the acts. Each phrase is a sequence of words; a word
// ending in '*' matches as a prefix. They name how people write the act in
// English support conversations, not the wording of any one helpdesk.
var (
	interrogatives = newLexicon("what", "why", "how", "when", "where", "who", "which", "whom", "whose",
		"can you", "could you", "would you", "will you", "do you", "does it", "does the", "did you", "did we", "did it",
		"did the", "is it", "is there", "are there", "are you", "have you", "has the", "is the", "was the", "may i",
		"can i", "could we", "can we", "shall we", "should we", "do we", "is this", "was it", "were you", "any idea")
	infoRequest = newLexicon("please share", "kindly share", "please send", "kindly send", "please provide",
		"kindly provide", "please confirm", "kindly confirm", "please advise", "kindly advise", "let us know",
		"let me know", "please clarify", "kindly clarify", "please explain", "kindly explain", "please attach",
		"kindly attach", "please tell", "inform us", "please inform", "kindly inform", "please let", "kindly let",
		"please check", "kindly check", "please verify", "kindly verify", "please update", "kindly update",
		"we need the", "we need more", "need more information", "need more details", "please find out",
		"could you", "can you", "would you", "please arrange", "kindly arrange", "please try", "kindly try",
		"please test", "kindly test", "waiting for your", "awaiting your", "need your confirmation", "please review",
		"kindly review", "please give", "kindly give", "please add", "kindly add")
	negations = newLexicon("not", "no", "never", "cannot", "can't", "couldn't", "didn't", "doesn't", "don't", "isn't",
		"wasn't", "won't", "haven't", "hasn't", "hadn't", "aren't", "weren't", "unable", "nothing", "nor", "neither", "none",
		"without", "can not", "still", "failed to find", "yet to", "cant", "dont", "didnt", "couldnt", "wont", "isnt",
		"doesnt", "wasnt", "havent", "hasnt", "arent")
	hedges = newLexicon("might", "may", "possibly", "possible", "perhaps", "maybe", "probably", "suspect",
		"suspected", "guess", "whether", "if", "assume", "assuming", "hypothesis", "potential", "potentially", "likely",
		"unlikely", "check if", "not sure", "expect", "could be", "could have", "i think", "we think", "i believe",
		"we believe", "chances are", "doubt*", "assumed",
		"we thought", "i thought", "first thought", "initially thought", "had thought", "initially suspected", "at first",
		"would explain", "might explain", "could explain", "may explain")
	unknownCause = newLexicon("not identified", "not yet identified", "not been identified", "unknown", "not known",
		"under investigation", "unclear", "not clear", "not found", "no root cause", "not determined",
		"to be determined", "still investigating", "tbd")
	// denials rule out one cause; a cause stated after them still stands ("this
	// is not related to the release, the issue is related to the restore").
	denials = newLexicon("not the cause", "not the reason", "not related", "isn't related", "is not due", "not caused",
		"wasn't caused", "not because")
	// requestModals open a polite request: "could you try ...", "can you send
	// ...", "would you restart ...". Every rule that reads such a request
	// starts it with these words. A local lexicon, outside the combined index:
	// no lexicon's id, which is a feature of the cause model, moves.
	requestModals = newLocalLexicon("could", "can", "would")
	// noFault after a finding or a conclusion says nothing was wrong ("we
	// conclude there is no issue on the database").
	noFault = newLexicon("no issue", "no issues", "no problem", "no problems", "no one has", "nothing wrong",
		"no error", "no errors", "no fault", "no faults",
		"false alarm", "be fine", "be ok", "be okay", "be unrelated", "be expected")
	policyWords = newLexicon("our policy", "the policy for", "per policy", "per our policy", "according to policy", "according to our policy", "no response", "late response", "lack of response", "no feedback",
		"no reply", "inactivity", "not responding", "no update from", "awaiting your", "waiting for your",
		"apolog*", "sorry", "for the delay", "for delay", "late reply", "holiday", "holidays", "vacation", "weekend", "busy", "workload",
		"ramadan", "eid", "leave", "our response", "in responding", "our reply", "in replying", "in getting back", "i am not available", "i'm not available", "i will be available", "i am available", "be available on", "emergency", "urgent matter", "day off", "half day", "due date")
	causeStrong = newLexicon("traced to", "traced back to", "root cause", "root-cause", "caused by", "cause was", "cause is", "cause of", "causes of",
		"was caused", "is caused", "were caused", "are caused", "has caused", "had caused", "have caused", "caused the",
		"caused a", "caused an", "caused it", "causing", "cause the", "cause a", "cause an", "due to", "because",
		"as a result of", "resulted from", "results from", "result of", "triggered by", "reason for",
		"the reason", "reason is", "reason was", "led to", "leading to", "lead to", "stems from", "stemmed from",
		"originated from", "attributed to", "issue is related to", "issue was related to", "problem is related to", "error is related to",
		"this is related to", "issue related to the", "case related to", "case was related to", "case is related to",
		"which cause", "which causes", "which caused", "final finding", "we conclude", "concluded that", "that is why",
		"this is why", "which is why", "that's why", "there was an issue with", "there is an issue with",
		"issue was at", "issue is at", "issue was on", "issue is on", "problem was on", "problem is on", "problem was at",
		"this happens when", "happened because", "happens because", "occurred because", "occurs when", "occurs if",
		"there is an issue in", "there was an issue in", "issue related to", "problem related to",
		"issue is related", "the issue is that", "the problem is that", "the issue is with",
		"the issue was with", "the problem is with", "the problem was with", "issue is from", "issue was from",
		"a bug in", "bug in the", "has a bug", "had a bug", "has a fault", "had a fault", "a fault in", "a known issue", "known bug", "is a bug", "was a bug", "is a known",
		"which broke", "broke the", "the culprit", "was misconfigured", "were misconfigured", "is misconfigured",
		"was not configured", "were not configured", "is not configured", "was expired", "has expired", "had expired",
		"expired", "ran out", "running out", "ran full", "was full", "is full", "were full", "exhausted", "exhaustion",
		"starvation", "was deleted", "were deleted", "got deleted", "was corrupted", "is corrupted", "corruption",
		"was missing", "were missing", "was wrong", "is wrong", "was incorrect",
		"is incorrect", "were incorrect", "overload*", "saturat*", "deadlock*", "memory leak",
		"outage of", "failure of", "failed because", "failed due", "went down", "was down", "were down",
		// explanations written without a cause word
		"the problem was that", "the issue was that", "the error was that", "the problem is that the",
		"the reason being", "by design", "is designed to", "was designed to", "is expected behavio*", "is the expected behavio*",
		"this is expected", "which is expected", "is an expected behavio*",
		"intended behavior", "intended behaviour", "which was the issue", "that was the issue", "which was the problem",
		"that was the problem", "which is the issue", "was the culprit", "resulting in", "resulted in", "this causes",
		"that causes", "which causes", "this caused", "that caused", "out of memory", "oom-kill*", "oomkill*",
		"reached the maximum", "reached the limit", "reached its limit", "exceeded the", "exceeds the", "not compatible", "doesn't run on", "does not run on", "won't run on",
		"incompatible", "is not supported", "are not supported", "returned an error", "returns an error",
		"returned error", "returning an error", "threw an exception", "throws an exception", "is occurring after",
		"occurs after", "occurred after", "happens after", "happened after", "occurs whenever", "happens whenever",
		"happening because", "occurring because", "malformed", "accidental*", "inadvertent*", "unintentional*",
		"breaking the", "breaking support", "identified problem with", "identified a problem with", "identified the problem with",
		"identified an issue with", "identified the issue with", "there was a problem with", "there is a problem with",
		// the wording of other organisations and channels
		"turns out", "turned out", "was the problem", "was the issue", "were the problem", "were the issue",
		"was the root", "to blame", "a typo in", "typo in the", "typos in", "hitting the rate limit", "hit the rate limit",
		"hitting the limit", "hit the limit", "hit its limit", "hitting the quota", "hit the quota", "hit their limit",
		"rate-limited", "rate limited", "was throttled", "were throttled", "being throttled", "got throttled",
		"regression in", "regression introduced", "is a regression", "was a regression", "regressed", "filled up",
		"the fault was", "fault in the", "was at fault", "were at fault", "is at fault", "over quota", "over its quota",
		"over the quota", "over their quota", "over your quota", "exceeded its quota", "exceeded your quota", "tracked it down to",
		"tracked the problem down", "tracked the issue down", "traced it to", "traced the issue to", "traced the problem to",
		"traced it back to", "narrowed it down to", "came down to", "comes down to", "boils down to", "boiled down to",
		"pinned it down to", "known limitation", "a limitation of", "introduced a bug", "introduced a regression",
		"introduced an issue", "introduced the bug", "introduced the issue", "breaking change", "culprit",
		"overwhelming the", "overwhelmed the", "compatibility issue", "hence the", "hence why", "which explains",
		"that explains", "this explains", "explains why", "explains the", "no longer supported", "was deprecated",
		"is deprecated", "has been deprecated", "reached end of life", "reached end-of-life", "reached its end of life",
		"past end of life", "by mistake", "by accident", "mistakenly",
		"erroneously", "bad config", "bad configuration", "bad deploy", "bad deployment", "bad release", "bad update",
		"bad change", "bad push", "bad commit", "faulty update", "faulty release", "faulty config", "broken build",
		"broken release", "traced back to", "traced to a", "traced to the", "tracked down to", "upstream issue",
		"upstream problem", "upstream outage", "upstream bug", "didn't have the", "did not have the", "didn't have a",
		"did not have a", "didn't have an", "did not have an", "lacked", "was lacking", "were lacking", "using the wrong",
		"with the wrong", "under the wrong", "had the wrong", "has the wrong", "entered the wrong", "set to the wrong",
		"still had the old", "still has the old", "still using the old",
		"still uses the old", "still had old", "still has old", "still using old", "still uses old", "still had the previous",
		"still has the previous", "had cached", "was caching", "cached credentials", "stale cache", "had an outage",
		"experienced an outage", "experiencing an outage", "had a partial outage", "suffered an outage",
		"had a service disruption", "went to spam", "landed in spam", "went to junk", "marked as spam", "classified as spam",
		"flagged as spam", "flagged as suspicious", "flagged as fraudulent", "flagged it as", "flagged the", "fibre break",
		"fiber break", "fibre cut", "fiber cut", "line fault", "fault on the line", "power cut", "power outage", "power failure",
		"a bug on our", "a bug on their", "bug on our side", "our mistake", "was our fault", "is our fault", "our error", "human error",
		"user error", "operator error", "a mistake on our", "misconfigured the", "mis-configured", "was switched off",
		"was turned off", "was powered off", "were switched off", "were turned off", "had been switched off",
		"had been turned off", "what happened was", "what happened is that", "occurred when", "happened when",
		"set too high", "set too low", "set too short", "set too small", "set too aggressively", "was too small",
		"was too low", "was too short", "were too small", "is too small", "is too low", "too aggressive", "out of sync",
		"clock skew", "clock drift", "time drift", "a mismatch between", "version mismatch", "race condition")
	foundThat = newLexicon("found that", "we found", "turned out", "it was found", "we discovered", "discovered that", "noticed that",
		"we noticed", "it appeared that", "the logs show", "logs showed", "found out", "figured out", "we figured",
		"was discovered", "we discover", "discovered the", "became aware that", "found a", "found an", "we realized",
		"realised that", "realized that", "have confirmed", "has confirmed", "identified a", "identified an", "confirmed that", "confirms that",
		"confirms a", "confirms an", "confirmed a", "confirmed an")
	faultWords = newLexicon("not", "no", "missing", "wrong", "incorrect", "invalid", "expired", "full", "disabled",
		"corrupt*", "failed", "failing", "stuck", "stucked", "down", "misconfigur*", "blocked", "blocking", "duplicate*", "exceeded",
		"reached the maximum", "maximum", "error", "errors", "bug", "difference", "different", "changed by", "modified by",
		"deleted by", "removed by", "altered", "out of memory", "oom*", "taken by", "capacity issue", "conflict*",
		"fault", "outage", "failover", "failure", "rejects", "rejected", "dropping", "incident")
	selfQuestion = newLexicon("did we", "do we", "will this", "can we", "should we")
	fixWords     = newLexicon("fixed", "fix", "fixes", "hotfix", "hot-fix", "hot fix", "patch", "patched", "patches",
		"workaround", "work around", "work-around", "rolled back", "roll back", "rollback",
		"rolling back", "reverted", "revert", "restarted", "rebooted", "restart", "reboot", "restarting",
		"replaced", "re-established", "reestablished", "re-establish", "corrected", "reconfigured", "re-configured",
		"redeployed", "re-deployed", "deployed", "applied", "upgraded", "downgraded", "cleared", "unlocked", "reset",
		"recreated", "re-created", "re-ran", "rerun", "re-run", "rebuilt", "restored", "increased", "scaled",
		"disabled", "re-enabled", "enabled", "removed", "granted", "released", "migrated", "renewed", "killed",
		"freed", "purged", "mitigat*", "recovered", "brought back", "bringing back", "brought up", "failed over",
		"failover", "updated the", "changed the", "added the", "created the", "has been created", "have been created",
		"was created", "been added", "been updated", "been changed", "been activated", "activated", "reactivated",
		"reinstalled", "re-installed", "installed", "resized", "extended", "cleaned", "flushed", "re-indexed",
		"reindexed", "re-synced", "resynced", "repaired", "new build", "new version", "upgrade", "downgrade",
		"done the", "has been done", "have been done", "been handled", "handled", "refreshed", "re-processed",
		"reprocessed", "pushed", "corrected the", "adjusted", "modified", "shared the solution", "the solution is",
		"changed", "deleted", "implemented", "updated", "executed", "renewed", "renamed", "moved", "been processed",
		"been transferred", "is default", "set to", "took backup", "took a backup", "uploaded the", "opened the port",
		"fix ready", "fix is ready", "new release", "new jar", "new build", "release for", "we added", "made some",
		"cleanup", "clean up", "reinstall", "have to update", "need to run", "need to change", "need to remove",
		"publish a new", "deployed the", "new gateway", "provided you with the solution", "provided the solution",
		"performed", "implement", "created", "temp solution", "workaround", "power cycled", "power-cycled",
		"power cycle", "power-cycle", "bounced the", "log out and back in", "sign out and back in",
		"log out and log back in", "sign out and sign back in", "hard refresh", "hard-refresh", "force refresh",
		"force quit", "force-quit", "to the latest version", "to the latest release", "to the newest version",
		"off and on again", "on and off again", "addressed in", "addressed by", "landed in", "sent you a new", "sent a new", "issued a new", "generated a new",
		"new activation link", "new reset link", "temporary password", "new invite", "shipped in", "backported",
		"back-ported", "cherry-picked", "cherry picked", "fixed via",
		"please install", "kindly install", "please apply", "kindly apply", "please run", "kindly run", "please deploy",
		"kindly deploy", "please download", "kindly download", "need to run", "were updated", "was updated",
		"were changed", "was changed", "now opened", "is open", "are open", "open access", "opened access", "i open",
		"opened the", "done from", "temp solution", "temporary solution", "temporary fix", "permanent fix",
		"permanent solution", "completed", "retried", "re-sent", "resent", "resend", "handled")
	fixFuture = newLexicon("working on a fix", "working on the fix", "working on fixing", "working on it", "will fix",
		"work on a fix", "work on the fix", "continuing to work", "continue to work", "work on fixing",
		"will be fixed", "to be fixed", "try to", "trying to", "will try", "working to", "please fix",
		"kindly fix", "should be fixed", "should be resolved", "not accept", "need solution", "need a solution",
		"needs to be fixed", "need to be fixed", "be postponed", "postponed", "please resolve", "kindly resolve", "verifying that", "verify that",
		"checking that", "check that", "whether the fix", "if the fix", "plan to", "will plan", "needed fix", "purpose of the fix",
		"fix statements", "if it is", "if there is", "if we", "possible solution", "with solution", "doesnt help",
		"doesn't help", "did not help", "didn't help", "to deploy", "prepare the fix", "preparing a fix", "preparing the fix", "and fix", "as a hotfix",
		"as hot fix", "fix request", "to solve", "when the fix", "fix to be ready", "on behalf",
		"due to be", "due to go") // a schedule (cause_due_to_schedule.go, dueToSchedule)
	restoredWords = newLexicon("works now", "working now", "work now", "worked now", "it works", "it worked",
		"is working", "are working", "was working", "were working", "working fine", "working properly",
		"working as expected", "working normally", "working well", "works fine", "works well", "works properly",
		"working again", "works again", "back online", "back up", "back to normal", "up and running",
		"operational again", "fully operational", "is operational", "are operational", "restored", "recovered",
		"is resolved", "was resolved", "been resolved", "are resolved", "were resolved", "got resolved", "is solved",
		"was solved", "been solved", "is fixed", "was fixed", "been fixed", "are fixed", "were fixed", "got fixed",
		"been completed", "is completed", "was completed", "issue is gone",
		"been processed", "been transferred", "default account now", "is default", "is normal",
		"now normal", "is fine", "all is fine", "everything is fine", "all ok", "is correct", "are correct",
		"able to generate", "able to see", "we are able", "were able to", "not persist", "does not persist",
		"doesn't persist", "didn't occur again", "did not occur again", "didn't occurred again", "not occurred again",
		"not appear again", "didn't appear again", "did not appear again", "not faced any", "did not face",
		"didn't face", "was consumed", "were consumed", "successfully", "problem is gone", "no longer", "can now", "now able", "able to access",
		"able to login", "able to log", "now we can", "is now available", "now accessible", "accessible now",
		"is available now", "has been accepted", "been unlocked", "is unlocked", "was unlocked", "been reset",
		"been activated", "been granted", "been created", "been enabled", "been re-enabled",
		"is live", "went live", "issue resolved", "problem solved", "problem resolved", "all good", "fine now",
		"ok now", "okay now", "solved it", "is open", "are open", "now open", "now opened", "is now granted",
		"now granted", "now available", "now reachable", "is reachable", "now working", "now works", "now fixed",
		"now resolved", "now solved", "issue handled", "problem handled", "issue fixed", "problem fixed", "issue solved",
		"and worked", "work correctly", "works correctly", "working correctly", "it's working", "its working",
		"it is working", "worked fine", "worked successfully", "and accepted", "considered resolved",
		"considered as resolved", "handled now", "resolved it", "fixed it", "resolved the issue", "fixed the issue",
		"solved the issue", "resolved the problem", "fixed the problem", "solved the problem", "print again",
		"now sync*", "stable now", "is stable", "running normally", "running fine", "running again",
		"issue was resolved", "recovery complete", "fully recovered", "fully restored", "mitigated", "resumed",
		"confirmed working", "confirmed fixed", "confirmed resolved", "fix works", "fix worked", "fix is working",
		"solution works", "solution worked", "workaround works", "as intended", "declared resolved", "marked resolved",
		"are solved", "were solved", "and solved", "its solved", "it's solved", "its fixed", "it's fixed", "its resolved",
		"it's resolved", "work fine", "work properly", "work correctly", "now work", "now worked", "to normal",
		// the wording of other organisations and channels
		"all green", "green again", "back to green", "now green", "did the trick", "does the trick", "done the trick",
		"like a charm", "that worked", "this worked", "that fixed it", "this fixed it", "that solved it",
		"this solved it", "that sorted it", "sorted it", "good now", "we're good", "we are good", "going through again",
		"going through now", "goes through now", "go through now", "went through fine", "went through successfully",
		"back in business", "all clear", "service restored", "services restored", "back under", "back within",
		"back below", "back in sync", "back in service", "all sorted", "sorted now", "is sorted", "are sorted",
		"got sorted", "been sorted", "got it working", "got it to work", "coming through now", "coming through again",
		"coming in again", "coming in now", "come through now", "became available", "become available",
		"becomes available", "became healthy", "become healthy", "became reachable", "to baseline",
		"to pre-incident levels", "to expected levels", "fix has been verified", "fix verified", "fix confirmed",
		"fix has been confirmed", "verified the fix", "confirmed the fix", "confirmed resolution",
		"confirmed the resolution", "fixes it", "fixes the issue", "fixes the problem", "fixes this", "now in sync",
		"in sync again", "haven't had any issues", "haven't had any problems", "haven't had any errors",
		"have not had any issues", "have not had any problems", "have not had any errors", "hasn't had any issues",
		"has not had any issues", "haven't seen any issues", "haven't seen any errors", "have not seen any issues",
		"ready for collection", "ready to collect", "ready for pickup", "ready to be collected", "reset is complete",
		"migration is complete", "installation is complete", "restore is complete", "upgrade is complete",
		"repair is complete", "replacement is complete", "setup is complete", "rebuild is complete", "transfer is complete",
		"migration is done", "restore is done", "tested ok", "tested fine", "tested working", "tested and working",
		"tested successfully", "confirmed able to", "confirms able to", "confirmed they can", "confirmed she can",
		"confirmed he can", "confirmed user can", "had any issues since", "has stabilized", "have stabilized", "has stabilised", "have stabilised", "has normalized",
		"have normalized", "has normalised", "have normalised", "seeing full recovery", "full recovery", "had any problems since", "had any errors since", "had any further issues",
		"had any more issues", "no further issues", "no more issues", "no more errors", "no further errors",
		"no further problems", "no more problems")
	notYet = newLexicon("will be", "will", "would", "to be", "once", "until", "till", "should be", "shall",
		"going to", "needs to", "need to", "expected", "hopefully", "when", "before", "to restore",
		"bringing", "are bringing", "working on", "trying", "in progress", "if", "whether",
		"to recover", "begin*", "starts", "started", "partially", "partial", "some", "try", "except", "apart from")
	estimateFuture = newLexicon("will", "would be", "expect*", "eta", "should be", "planned", "scheduled", "going to",
		"shall", "estimated", "estimate", "estimation", "target", "targeted", "aim", "plan to", "we'll", "it'll")
	timeWords = newLexicon("tomorrow", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", "eod", "eow", "cob", "hour", "hours", "minute", "minutes", "mins", "day", "days",
		"week", "weeks", "month", "next", "end of", "am", "pm", "january", "february", "march", "april", "june",
		"july", "august", "september", "october", "november", "december", "morning", "afternoon", "evening",
		"weekend", "within", "by the end", "working days", "business days", "o'clock", "midnight", "noon")
	estimateNot = newLexicon("update you", "get back", "contact you", "revert", "reply", "call you", "meeting",
		"join", "session", "remind", "reminder", "closed", "close", "webex", "teams", "zoom", "call", "inform you")
	testEnv = newLexicon("test server", "test environment", "test site", "on test", "in test", "uat", "staging",
		"sit", "rehearsal", "sandbox", "testing environment", "test cycle")
	deliverWords = newLexicon("fix", "fixed", "resolved", "ready", "done", "back", "restored", "completed", "complete", "deployed", "delivered")
	chaseWords   = newLexicon("any update", "any updates", "any news", "any progress", "any feedback", "update please",
		"please update", "kindly update", "provide an update", "provide update", "provide us with an update",
		"provide us an update", "what is the status", "what's the status", "status update", "current status",
		"status of", "is anyone", "anyone looking", "heard nothing", "still waiting", "waiting for your",
		"waiting for an update", "waiting for update", "awaiting your", "reminder", "follow up", "following up",
		"follow-up", "chasing", "please escalate", "escalate this", "new updates", "any new", "still pending",
		"still no", "no response yet", "no reply yet", "no update", "when will", "how long", "any eta",
		"please respond", "kindly respond", "please reply", "kindly reply", "please revert", "kindly revert",
		"urgent update", "need an update", "need update")
	// boilerplate are the phrases of mail disclaimers and external-sender
	// banners, which carry no act ("This email originated from outside of
	// the organization", "If you are not the intended recipient ...").
	boilerplate = newLexicon("intended recipient", "originated from outside", "external sender", "do not click links",
		"unless you recognize the sender", "unless you recognise the sender", "confidential and intended",
		"before printing this", "to unsubscribe", "privileged and confidential", "received this email in error",
		"received this message in error", "received this e-mail in error")
	closingWords = newLexicon("automatically closed", "auto-closed", "auto closed", "be auto-closed", "will be closed", "will close", "be closed", "closing this", "closing the",
		"close this ticket", "close the ticket", "close this case", "close the case", "close this issue",
		"closed this ticket", "ticket is closed", "ticket has been closed", "consider this ticket",
		"consider the ticket", "marked as resolved", "mark this ticket", "mark the ticket", "feel free to reopen",
		"reopen", "re-open", "can be closed", "proceed to close", "proceed with closing",
		"we can close", "you can close", "please close", "kindly close", "closure")
	investigationWords = newLexicon("investigat*", "analy*", "checking", "checked", "we found", "found that",
		"found the", "found a", "found an", "found out", "noticed", "observed", "we see", "we can see",
		"can see that", "we saw", "log", "logs", "error message", "errors", "reproduc*", "simulat*", "tested",
		"testing", "debug*", "traced", "tracing", "looked into", "looking into", "looking at", "it seems",
		"it appears", "appears that", "seems that", "seems to", "appears to", "looks like", "identified",
		"diagnos*", "troubleshoot*", "verified", "confirmed that", "escalated", "in progress", "working on",
		"rca", "we are checking", "under review", "reviewing", "reviewed", "inspected", "examined", "discovered",
		"detected", "monitoring", "alerted", "alert", "paged", "incident declared", "declared", "started to",
		"began", "begins", "began to", "pinpointed", "narrowed", "isolated", "compared", "confirmed",
		"the error", "the issue is", "the problem is", "shows that", "showed that", "indicates", "indicated")
	testResult = newLexicon("still same", "still the same", "same issue", "didn't work", "did not work", "not working",
		"is invalid", "is not configured", "we tried", "have tried", "i tried", "tried to", "passed this issue",
		"passed the issue", "inform the developer", "informed the developer", "we already know", "we receive",
		"error occurred", "didn't find", "did not find", "no response", "we got", "getting the error", "forwarded")
	promise = newLexicon("will check", "will investigate", "will look", "will analy*", "will review",
		"will get back", "will contact", "will update", "will follow", "will revert", "get back to you")
	autoAckWords = newLexicon("automated message", "automated reply", "automated response", "automated notification", "automated email", "automated e-mail", "automatically generated", "automatic message", "automatic reply", "automatic notification",
		"auto-generated", "auto generated", "autogenerated", "auto-reply", "do not reply", "don't reply",
		"this is an automatic", "received your request", "received your ticket",
		"received your email", "received your e-mail", "received your message", "received your query",
		"received your case", "received your inquiry", "received your enquiry", "your ticket has been",
		"your request has been", "your case has been", "your query has been", "your ticket was",
		"your request was", "your ticket is", "following policy",
		"will remind the customer", "thank you for contacting", "thanks for contacting", "thank you for reaching",
		"we aim to respond", "we will respond", "one of our agents", "an agent will", "a member of our team will")
	// noReplyWords say a message comes from an address nobody reads; in an
	// address ("noreply@...") they only name the sender of another message
	// (noReplyAddress).
	noReplyWords = newLexicon("no-reply", "noreply")
	problemWords = newLexicon("not working", "doesn't work", "does not work", "didn't work", "did not work",
		"isn't working", "is not working", "are not working", "stopped", "unable", "cannot", "can't", "can not",
		"could not", "couldn't", "error", "errors", "fail*", "down", "outage", "crash*", "broken", "issue",
		"issues", "problem", "problems", "slow", "hang*", "stuck", "missing", "wrong", "incorrect", "lost",
		"not able", "no systems", "nothing works", "not loading", "not showing", "disconnect*", "timeout",
		"timed out", "exception", "bug", "vulnerabilit*", "rejected", "denied", "locked", "unavailable",
		"not accessible", "inaccessible", "not receiving", "not received", "not responding")
	// alertWords name a fault the way a monitoring alert does, which an
	// alert that opens a ticket may state without a word of problemWords.
	alertWords  = newLexicon("alert", "alarm", "offline", "critical", "warning", "threshold", "breach*", "unreachable")
	impactWords = newLexicon("business", "revenue", "loss", "losing", "customers", "clients", "production",
		"all users", "all systems", "no systems", "everyone", "operations", "risk", "risky", "impact*", "affecting", "affected", "deadline", "money", "sales", "orders",
		"payments", "payroll", "stopped", "blocking", "blocked", "cannot work", "can't work", "live", "nobody", "no one")
)

// Classify returns the acts of one sentence in its context. It is pure and
// deterministic; it does not see the rest of the ticket, so it never returns
// AutoAck for a sentence whose message is recognised as automatic only by its
// author or timing (Read adds that).
func Classify(text string, c Context) Act {
	var buf [64]string
	var sc scan
	return classify(text, newScan(tokens(text, buf[:0]), &sc), c)
}

func classify(text string, sc *scan, c Context) Act {
	var why actRuleNames
	return classifyWhy(text, sc, c, &why)
}

// actRuleNames are the rules (act_rules.go) that gave a sentence its cause
// and its restoration, and the fix rule (classify) that read its fix, ""
// where none did.
type actRuleNames struct{ cause, restored, fix string }

// classifyWhy is classify, saying in why which rules read a cause or a
// restoration.
func classifyWhy(text string, sc *scan, c Context, why *actRuleNames) Act {
	ts := sc.ts
	if len(ts) == 0 || (sc.trig&trigLog != 0 || ts[0][0] >= '0' && ts[0][0] <= '9') && logLine(text) || boilerplate.hasIn(sc) {
		return 0
	}
	var acts Act
	question := isQuestion(text, sc)
	if question {
		acts |= Question
	}
	staff := c.Role == ticket.RoleAgent || c.Role == ticket.RoleSystem
	if (autoAckWords.hasIn(sc) || noReplyWords.hasIn(sc) && !noReplyAddress(text) || ticketNumberGiven(sc)) && c.Role != ticket.RoleCustomer {
		acts |= AutoAck
	}
	if closingWords.hasIn(sc) {
		acts |= Closing
	}
	if chaseWords.hasIn(sc) && !(c.Opening && c.Role == ticket.RoleCustomer) && !updateTo(sc) {
		acts |= Chase | Question
	}
	neg := negations.hasIn(sc)
	v := sentenceView{text: text, sc: sc, c: c, staff: staff, question: question, acts: acts}
	if why.cause = causeBy(&v); why.cause != "" {
		acts |= Cause
	}
	asked := question && !c.Opening && sc.all&(clsOutcome|clsRemedialBase|clsRemedyPast|clsRemedyIng) != 0 && remedyThenAsked(text, c)
	grammar := ""
	if !c.Opening && (len(ts) >= 3 || shortHeadline(ts, sc.cls)) && (asked || !endsQuestion(text)) {
		grammar = fixGrammar(text, sc, question, asked)
	}
	if grammar == "imperative" && imperativeSubject(ts) {
		grammar = "" // round 238: the first word the subject of a verb after it ("Change can be closed.", fix_imperative_subject.go): no instruction
	}
	if grammar != "" && (staff || strongFix(sc) || ownRemedy(ts, sc.cls)) && !heading(text, ts) && !ticketAdmin(sc) {
		if (acts&Cause == 0 || !faultEventFound(sc) && !faultNarrative(ts, sc.cls) && !causeNarrative(ts)) && !changeThenHarm(sc) && !settingStated(ts) {
			acts |= Fix
			why.fix = grammar
		}
	}
	if acts&(Fix|Closing|AutoAck|Cause) == 0 {
		if why.fix = fixStepBy(text, sc, c, staff); why.fix != "" {
			acts |= Fix // round 11: instructions, a customer's step done, a change gone live
		}
	}
	// round 28: a passive note of a step ("Final reading entered, closing
	// bill generated") is a fix but opens no staff result in the same
	// sentence: its other clauses are the step's own output, not a recovery
	noteOnly := false
	if acts&(Fix|Closing|AutoAck|Cause) == 0 && passiveNote(text, sc, c, staff) {
		acts |= Fix
		noteOnly = true
		why.fix = "passiveNote"
	}
	if !question && staff && acts&Closing == 0 && estimateFuture.hasIn(sc) && timeWords.hasIn(sc) &&
		(!estimateNot.hasIn(sc) || deliverWords.hasIn(sc)) && !neg {
		acts |= Estimate
	}
	v.acts, v.noteFix = acts, noteOnly
	if why.restored = restoredBy(&v); why.restored != "" {
		acts |= Restored
	}
	if !question && !c.Opening && acts&(AutoAck|Closing) == 0 && sc.trig&(trigFulfil|trigTest|trigFault|trigStep|trigHeld|trigStill) != 0 {
		acts |= workingNote(text, sc, c, staff)
	}
	if staff && !question && acts&(AutoAck|Closing) == 0 && (investigationWords.hasIn(sc) || testResult.hasIn(sc)) && !promise.hasIn(sc) {
		acts |= Investigation
	}
	if staff && !question && acts&(Cause|Investigation) == 0 && hedges.hasIn(sc) && causeStrong.hasIn(sc) {
		acts |= Investigation // a hypothesis about the cause is a step of the investigation
	}
	if acts&(Cause|Fix) == Cause|Fix && !remedyBesideCause(text, sc) || acts&Fix != 0 && staff && (askedOnward(ts) || readingShown(text, sc) || stepFailed(ts) || announcedStep(ts) || resultNote(ts) || versionOnlyFix(ts) || closingAs(text, ts) || stepScheduled(ts)) {
		acts &^= Fix // round 33: a cause told with its breaking change, a request passed on: no remedy
	}
	if acts&Fix != 0 && (handedOn(ts) || hypothesisNotFix(sc) || checkFinding(ts)) {
		acts &^= Fix // a ticket handed on, a guess at the fault, a check's finding: no remedy taken
	}
	if acts&Fix != 0 && (askedBeforeStep(text, ts) || testFirst(ts) || choiceOrWaitAsked(text, ts)) {
		acts &^= Fix // round 73: a question before the step, a test told first, a choice or wait asked: no remedy taken
	}
	if acts&Fix != 0 && (chasedParty(ts) || fixToCome(ts) || askedToCheck(ts) || openingTried(c, ts)) {
		acts &^= Fix // round 95: a party chased, a fix to come, someone asked to check, the customer's opening: no remedy taken
	}
	if acts&Fix != 0 && findingAnnounced(text, ts) {
		acts &^= Fix // round 222: a finding announced and told after a colon ("We've found it: a bulk update ... changed your role ...", fix_finding_announced.go): no remedy taken
	}
	if acts&Fix != 0 && fixedBuildToCome(ts) {
		acts &^= Fix // round 222: a corrected release still to come ("Fixed build (5.1.2) from Arcott in about two weeks.", fix_fixed_build_to_come.go): no remedy taken
	}
	if acts&Fix != 0 && diagnosticStep(ts) {
		acts &^= Fix // round 244: a step taken to test or to trace (fix_diagnostic_step.go): no remedy taken
	}
	if acts&Fix != 0 && hedgedOpening(ts) {
		acts &^= Fix // round 243: a sentence opening on a hedge ("Might be the 4.7 upgrade ...", fix_hedged_opening.go): a guess, no remedy taken
	}
	if acts&Fix != 0 && apologyOpening(ts) {
		acts &^= Fix // round 255: a sentence opening on "Sorry" (fix_apology_opening.go): the apology's explanation, no remedy taken
	}
	if acts&Fix != 0 && preconditionOpening(ts) {
		acts &^= Fix // round 255: "Before I can set up ..." (fix_precondition_opening.go): what the step waits on, no remedy taken
	}
	if acts&Fix != 0 && sinceOpening(text, ts) {
		acts &^= Fix // round 255: "Since <an event>, ..." (fix_since_opening.go): what has held since, no remedy taken
	}
	if acts&Fix != 0 && pastEventOpening(ts) {
		acts &^= Fix // round 255: "Last night's patch window touched both hosts." (fix_past_event_opening.go): an earlier event, no remedy taken
	}
	if acts&Fix != 0 && staff && checkRequested(ts) {
		acts &^= Fix // round 262: "Please check now if the banner shows ..." (fix_check_requested.go): a check asked of the customer, no remedy taken
	}
	if acts&Fix != 0 && staff && noteOfLimit(ts) {
		acts &^= Fix // round 262: "Please note that ... is not doable ..." (fix_note_of_limit.go): a limit noted, no remedy taken
	}
	if acts&Fix != 0 && doneTheTrick(ts) {
		acts &^= Fix // round 238: "That's done it", "that did the trick" is the result (fix_done_the_trick.go): no step
	}
	if acts&Fix != 0 && staff && (recordStamped(ts) || raisedWithParty(ts) || goodwillFronted(ts)) {
		acts &^= Fix // round 238: a record's creation or move told with its time stamp, a change raised with another party, a goodwill gesture fronted (fix_record_stamped.go, fix_raised_with_party.go, fix_goodwill_fronted.go): no remedy taken
	}
	if acts&Fix != 0 && staff && notStepTold(text, ts, c) {
		acts &^= Fix // round 104: an answer, a rule, a notice, a plan or a pending step told (fix_not_step_told.go): no step taken
	}
	if acts&Fix != 0 && (waitingOn(ts) || closingNotice(ts) || rollbackPlan(text, ts) || evidenceAsked(ts)) {
		acts &^= Fix // round 107: the writer waiting, a closing notice, a rollback plan, evidence asked: no remedy taken
	}
	if acts&Fix != 0 && (sessionArranged(ts) || escalatedOurs(ts) || confirmationAsked(ts) || workUnderway(ts) || stepDoneAsked(ts) || conditionalPlan(text, ts) || releaseAsked(ts)) {
		acts &^= Fix // round 111: a remote session arranged or missed, the case passed to the writer's own side, leave asked, work under way elsewhere, a step asked after, a plan under a condition, a release asked for (session_arranged.go, fix_escalated_ours.go, fix_confirmation_asked.go, work_underway.go, fix_step_done_asked.go, fix_conditional_plan.go, fix_release_asked.go): no remedy taken
	}
	if acts&Fix != 0 && staff && noRemedyTold(text, ts) {
		acts &^= Fix // round 110: a log line, a record raised, the cause not found, a check, a miss owned, a plan (fix_no_remedy_told.go): no remedy taken
	}
	if acts&Fix != 0 && c.Role == ticket.RoleCustomer && customerChangeTold(ts) {
		acts &^= Fix // round 110: the customer's own earlier change told (fix_customer_change.go): no remedy taken
	}
	if acts&Fix == 0 {
		why.fix = "" // refused after a rule read it
	}
	if c.Role == ticket.RoleCustomer && acts&(Restored|Chase|Closing) == 0 {
		if problemWords.hasIn(sc) {
			acts |= Problem
		}
		if impactWords.hasIn(sc) && (c.Opening || problemWords.hasIn(sc)) {
			acts |= Impact
		}
	}
	return acts
}

// isQuestion reports whether a sentence asks something: it ends with '?',
// opens with an interrogative, or asks for information ("please share the logs").
func isQuestion(text string, sc *scan) bool {
	ts := sc.ts
	t := trimTail(text)
	if strings.HasSuffix(t, "?") {
		return true
	}
	if interrogatives.at(ts, 0) && len(ts) > 2 {
		// "When the disk filled, the service stopped" opens with "when" but states.
		return ts[0] != "when" && ts[0] != "how" && ts[0] != "which" && ts[0] != "what" || strings.Contains(text, "?")
	}
	i, _ := infoRequest.findIn(sc)
	return i >= 0 && i < 6
}

// isCause reports whether a sentence asserts a cause: a cause phrase, with no
// negation before it, no hedge, no statement that the cause is unknown, and not a
// policy notice or an apology for delay.
func isCause(sc *scan) bool {
	i, n := causePhrase(sc)
	if i < 0 || unknownCause.hasIn(sc) || hedges.hasIn(sc) || policyBlocks(sc, i) || selfQuestion.hasIn(sc) ||
		denied(sc) || !causeClause(sc, i) {
		return false
	}
	return !causeRefused(sc, i, n)
}

// causePhrase returns where the cause phrase of a sentence starts and its
// length (a strong phrase, else a cause verb), or -1.
func causePhrase(sc *scan) (int, int) {
	if i, n := causeStrong.findIn(sc); i >= 0 {
		return i, n
	}
	if i := causeVerbAt(sc.ts); i >= 0 {
		return i, 1
	}
	return -1, 0
}

// causeRefused reports whether the cause phrase ts[i:i+n] is refused by its
// surroundings: negated, sought rather than stated, a date, a heading, a
// request, a condition, or the writer's own inability.
func causeRefused(sc *scan, i, n int) bool {
	ts := sc.ts
	if i > 0 && negations.at(ts, i-1) {
		return true // "not due to", "isn't because"
	}
	// Seeking the cause is not stating it: "to find the root cause", "we don't
	// know the reason", "so we can check the cause".
	for k := max(0, i-4); k < i; k++ {
		if seekCause.has(ts[k]) {
			return true
		}
	}
	if i+n < len(ts) && ts[i+n] != "" && ts[i+n][0] >= '0' && ts[i+n][0] <= '9' && ts[i] != "regression" &&
		!stateWithCount(ts[i:i+n]) {
		return true // "due to 28-4-2022" is a date
	}
	if dueToSchedule(ts, i, n) {
		return true // "is due to be released tomorrow" (cause_due_to_schedule.go)
	}
	if i+n >= len(ts) && len(ts) <= 4 {
		return true // a heading ("root cause:")
	}
	if j, _ := infoRequest.findIn(sc); j >= 0 && j < i {
		return true // "please send the logs because ..." asks
	}
	for _, t := range ts[:i] {
		if t == "if" || t == "once" {
			return true
		}
	}
	// "because I can't see the attachment" explains the writer's own inability,
	// not the incident.
	if i+n+1 < len(ts) {
		switch ts[i+n] {
		case "i", "we":
			if negations.at(ts, i+n+1) {
				return true
			}
		}
	}
	return false
}

// harmStates are the fault states that befall a component rather than being
// done to it by staff.
var harmStates = newWordSet(map[string]bool{"damaged": true, "cut": true, "severed": true, "corrupted": true,
	"overwritten": true, "compromised": true, "hijacked": true, "spoofed": true, "overloaded": true,
	"exhausted": true, "crashed": true, "breached": true})

// faultState are the states a component is found in when it caused a failure.
var faultState = map[string]bool{"closed": true, "blocked": true, "full": true, "missing": true, "expired": true,
	"corrupted": true, "deleted": true, "disabled": true, "stuck": true, "misconfigured": true, "wrong": true,
	"incorrect": true, "invalid": true, "down": true, "unavailable": true, "exhausted": true, "crashed": true,
	"failed": true, "overloaded": true, "unreachable": true, "revoked": true, "removed": true, "stucked": true,
	"locked": true, "suspended": true, "inactive": true, "deactivated": true, "truncated": true, "outdated": true,
	"misconfigured,": true, "broken": true, "hung": true, "frozen": true, "cut": true, "severed": true,
	"damaged": true, "overwritten": true, "unplugged": true, "declined": true, "flagged": true, "blacklisted": true, "blocklisted": true,
	"quarantined": true, "throttled": true, "offline": true, "overheating": true, "compromised": true,
	"hijacked": true, "spoofed": true, "lapsed": true, "unpaid": true, "overdue": true, "loose": true,
	"disconnected": true, "incomplete": true}

// faultIng are the progressive forms of what a faulty component did ("the
// firewall was dropping packets"), as against a symptom ("was failing").
var faultIng = map[string]bool{"dropping": true, "rejecting": true, "blocking": true, "leaking": true, "looping": true,
	"refusing": true, "denying": true, "throttling": true, "overwriting": true, "flapping": true, "hogging": true,
	"swallowing": true, "discarding": true, "truncating": true, "filtering": true, "intercepting": true}

// faultStatement reports whether staff state, in the past tense, that a
// component was in a faulty state ("the port was closed", "the certificate had
// expired", "the disk was full"), not the ticket or the request, with no negation
// or hedge: a finding of the fault.
func faultStatement(sc *scan) bool {
	ts := sc.ts
	if hedges.hasIn(sc) || unknownCause.hasIn(sc) || policyNotice(sc) {
		return false
	}
	for k := 1; k+1 < len(ts); k++ {
		switch ts[k] {
		case "was", "were", "had", "got":
		case "has", "have":
			// "a fibre cable has been damaged": in the present perfect only
			// harm no staff member does ("access has been removed" is a remedy)
			if k+2 >= len(ts) || ts[k+1] != "been" || !harmStates.has(ts[k+2]) {
				continue
			}
		default:
			continue
		}
		next := k + 1
		if ts[next] == "been" && next+1 < len(ts) {
			next++
		}
		// "the declines were a stale table": an article, then a fault attribute
		article := (ts[next] == "a" || ts[next] == "an") && next+1 < len(ts) && sc.cls[next+1]&clsFaulty != 0 && ts[k] != "had"
		if !faultState[ts[next]] && !(faultIng[ts[next]] && ts[k] != "had" && next == k+1) && !article {
			continue
		}
		switch ts[k-1] {
		case "it", "this", "that":
			if article {
				break // "it was a tripped breaker"
			}
			return false
		case "ticket", "case", "request", "we", "i", "you", "they", "which", "there":
			return false
		}
		// "nothing was deleted", "the port was not closed"; "we could not
		// deploy because the window was closed" is the writer's reason.
		return !negAt(ts, k-2, next) && !ownInability(ts, k)
	}
	return false
}

// seekCause are verbs that, shortly before a cause phrase, seek the cause
// rather than state it.
var seekCause = newWordSet(map[string]bool{"find": true, "know": true, "check": true, "investigate": true, "determine": true,
	"identify": true, "understand": true, "analyze": true, "analyse": true, "get": true, "provide": true, "share": true,
	"explain": true, "clarify": true, "confirm": true, "about": true, "need": true, "finding": true, "investigating": true})

// findingOfFault reports whether an investigation finding says what was wrong
// ("we found that the user has not provided the payee name"): a finding that
// names a fault states the cause.
func findingOfFault(sc *scan) bool {
	ts := sc.ts
	i, n := foundThat.findIn(sc)
	if i < 0 {
		return false
	}
	rest := ts[i+n:]
	if j, _ := noFault.findIn(sc); j >= i && j <= i+n+4 {
		return false // "we found that no one has a timeout"
	}
	return faultWords.has(rest) && !hedges.hasIn(sc) && !unknownCause.hasIn(sc) && !denied(sc)
}

func isFix(sc *scan) bool {
	i, _ := fixWords.findIn(sc)
	if i < 0 || fixFuture.hasIn(sc) {
		return false
	}
	if j, _ := negations.findIn(sc); j >= 0 && j < i+3 && i-j <= 6 {
		return false // "could not restart", "the fix is not deployed"
	}
	return true
}

// fixVerbs are the verbs of a remedial step given as an instruction ("run the
// script below", "1- renew the certificate", "please apply the patch").
var fixVerbs = map[string]bool{"run": true, "execute": true, "add": true, "change": true, "replace": true, "renew": true,
	"rename": true, "place": true, "delete": true, "remove": true, "restart": true, "apply": true, "install": true,
	"copy": true, "set": true, "stop": true, "start": true, "disable": true, "enable": true, "clear": true,
	"deploy": true, "reinstall": true, "reboot": true, "upgrade": true, "downgrade": true, "drop": true, "create": true,
	"grant": true, "unlock": true, "reset": true, "increase": true, "rollback": true, "revert": true, "flush": true,
	"take": true, "shutdown": true, "download": true, "move": true}

// imperativeFix reports whether a sentence opens with a remedial instruction,
// after any "please", "kindly", list number or "then".
func imperativeFix(ts []string) bool {
	start := 0
	if len(ts) > 2 && requestModals.at(ts, 0) && ts[1] == "you" {
		return false // "could you please try to re-register": a request, asked
	}
	// "for the central schema please run the below": the instruction may
	// follow a short phrase.
	for k, t := range ts {
		if k > 6 {
			break
		}
		if t == "please" || t == "kindly" || t == "pls" {
			start = k
			break
		}
	}
	try := false
	for k, t := range ts[start:] {
		switch {
		case t == "please" || t == "kindly" || t == "then" || t == "and" || t == "also" || t == "pls" || t == "to":
			continue // "please try to clear the cache"
		case t == "try":
			try = true
			continue
		case t != "" && t[0] >= '0' && t[0] <= '9' && len(t) <= 3:
			continue
		}
		if try && remedyForms[t] == 'g' {
			return true // "try clearing the cache"
		}
		return remedyBase[t] && !(t == "take" && start > 0) && (start > 0 || k > 0 || !imperativeNounOpening(ts))
	}
	return false
}

// heading reports whether a sentence is only a heading ("Solution:", "Purpose of the fix:").
func heading(text string, ts []string) bool {
	return strings.HasSuffix(strings.TrimSpace(text), ":") && len(ts) <= 5
}

// strongFix reports whether a customer's sentence names a fix or workaround
// plainly enough to count ("the workaround works", "we rolled back").
func strongFix(sc *scan) bool {
	ts := sc.ts
	for _, t := range ts {
		switch t {
		case "workaround", "fixed", "patched", "reverted", "hotfix":
			return true
		}
	}
	return false
}

func isRestored(sc *scan) bool {
	ts := sc.ts
	i, n := restoredWords.findIn(sc)
	// Working in a test environment is not the service restored.
	if testEnv.hasIn(sc) {
		return false
	}
	if i < 0 {
		// "Works on 2.3.1", "working with the nightly": confirming a release.
		if worksOnVersion(ts) && !negAt(ts, 0, len(ts)) {
			return true
		}
		// A terse report, after any thanks or assent before it ("Thank
		// you, that has worked.").
		if j, _ := notYet.findIn(sc); len(ts)-courtesyLead(ts) <= 3 && j < 0 {
			for _, t := range ts[courtesyLead(ts):] {
				switch t {
				case "resolved", "solved", "fixed", "sorted", "works", "worked":
					return !negAt(ts, 0, len(ts)) // "Resolved.", "yep, works!", not "Not fixed."
				}
			}
			// "I'm in!", "we're in now": access regained, in chat.
			if (ts[0] == "i'm" || ts[0] == "we're") && ts[len(ts)-1] != ts[0] && (ts[1] == "in") && (len(ts) == 2 || ts[2] == "now") {
				return true
			}
		}
		k := stateRestored(ts, sc.cls)
		if k < 0 && sc.trig&trigStop != 0 {
			k = symptomStopped(ts, sc.cls) // "the errors stopped", "the alerts cleared"
		}
		if k < 0 && sc.trig&trigDone != 0 {
			k = doneReport(ts, sc.cls) // "everything is set up", "that's done it"
		}
		if k < 0 || ticketSubject(ts, k) || relapse(ts, k+1) {
			return false
		}
		if h, _ := hedges.findIn(sc); h >= 0 && h < k {
			return false // "if it works again", but not "... kindly contact us if you face an issue"
		}
		j, _ := notYet.findIn(sc)
		// "the nodes have started shipping logs again": in the perfect, the
		// working state holds now; a timeline's "node started responding
		// again" is an event that may not last.
		return j < 0 || j > k || j == k-1 && j > 0 && (ts[j] == "started" || ts[j] == "begun") &&
			(ts[j-1] == "have" || ts[j-1] == "has") && hasAgain(ts, k)
	}
	return !restoredRefused(sc, i, n)
}

// courtesyLeads are the words of thanks or assent that may lead a terse
// report ("thanks, resolved", "great, that worked").
var courtesyLeads = newWordSet(map[string]bool{"thank": true, "you": true, "thanks": true, "thx": true, "cheers": true,
	"great": true, "perfect": true, "brilliant": true, "excellent": true, "awesome": true, "ok": true, "okay": true,
	"yes": true, "yep": true, "yeah": true, "many": true, "so": true, "much": true})

// courtesyLead is the number of words of thanks or assent that lead ts.
func courtesyLead(ts []string) int {
	k := 0
	for k < len(ts) && courtesyLeads.has(ts[k]) {
		k++
	}
	return k
}

// restoredRefused reports whether the restoration phrase ts[i:i+n] is refused
// by its surroundings: the ticket's state, an instruction, the fix's success,
// a negation, effort, a relapse or exception, a "but" that undoes it, or a
// future or condition before it.
func restoredRefused(sc *scan, i, n int) bool {
	ts := sc.ts
	if ticketSubject(ts, i) && !verdictIn(ts[i:i+n]) {
		return true // "the ticket is open", "this ticket has been created"
	}
	if instructed(ts, i) {
		return true // "after the change please compile the package successfully"
	}
	if ts[i] == "successfully" && remedyNear(ts, sc.cls, i) {
		return true // "the release has been deployed successfully" reports the fix
	}
	// A negation just before the phrase or just after it denies it ("still not
	// working", "is working? no"); one inside the phrase is part of it ("does not
	// persist", "no longer").
	if negAt(ts, i-5, i) || negAt(ts, i+n, i+n+2) {
		return true
	}
	// "is working on it", "are working to solve": effort, not a working service.
	if i+n < len(ts) && strings.HasPrefix(ts[i+n-1], "working") {
		switch ts[i+n] {
		case "on", "to", "with", "hard", "together", "closely":
			return true
		}
	}
	// "it worked for a minute and then failed again": a relapse undoes it;
	// "all green except the EU region" is partial.
	if relapse(ts, i+n) || exceptAfter(ts, i+n) {
		return true
	}
	// "... is now open, but I don't have access": the restoration is undone
	// ("but we are still waiting for the second server" does not undo it).
	for k := i + n; k < len(ts); k++ {
		if ts[k] == "but" {
			if j, _ := negations.find(ts[k+1:]); j >= 0 && !stillWaiting(ts, k+1+j) {
				return true
			}
			for j := k + 1; j < len(ts); j++ {
				if faultState[ts[j]] && (ts[j-1] == "was" || ts[j-1] == "were" || ts[j-1] == "is" || ts[j-1] == "are") {
					return true // "the cert is fine, but the rule was overwritten": a fault found
				}
			}
		}
	}
	if j, _ := notYet.findIn(sc); j >= 0 && j < i {
		return true
	}
	return restoredMisread(ts, i, n)
}

// negAt reports whether a negation starts at a token in [from, to).
func negAt(ts []string, from, to int) bool {
	for k := max(0, from); k < min(to, len(ts)); k++ {
		if negations.at(ts, k) {
			return true
		}
	}
	return false
}

// trimTail is strings.TrimRight(s, " \t\"'”)") without the cost of a
// non-ASCII cutset: the closing quotes, brackets and blanks after a sentence's
// last mark.
func trimTail(s string) string {
	for len(s) > 0 {
		switch c := s[len(s)-1]; {
		case c == ' ' || c == '\t' || c == '"' || c == '\'' || c == ')':
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "”"):
			s = s[:len(s)-len("”")]
		default:
			return s
		}
	}
	return s
}

// NamesCause reports whether a sentence states a causation in so many words
// ("caused by", "because", "due to", "the root cause"): of the sentences a
// ticket's staff give as its cause, such a one is the fullest statement of it.
func NamesCause(text string) bool {
	var buf [64]string
	return causeStrong.has(tokens(text, buf[:0]))
}

// fixSteps are round 11's and later fix rules (instructions, a customer's
// step done, a change gone live, ...) in the order classify tries them, each
// with the name TestStylesErrors tallies.
var fixSteps = []struct {
	name  string
	reads func(text string, sc *scan, c Context, staff bool) bool
	// keys are the rule keys (ruleKeys) the rule cannot read without, all
	// of them: fixStepBy skips the rule, uncalled, in a sentence that lacks
	// one (round 245). The rule tests its words again itself.
	keys uint64
}{
	{"fixInstructedOrDid", fixInstructedOrDid, 0},
	{"fixStepDone", fixStepDone, 0},
	{"fixRequestedOrNamed", fixRequestedOrNamed, 0},
	{"fixHadTake", func(text string, sc *scan, _ Context, staff bool) bool { return fixHadTake(text, sc, staff) }, 0},
	{"fixNoteStep", fixNoteStep, 0},
	{"customerDone", func(text string, sc *scan, c Context, _ bool) bool { return customerDone(text, sc, c) }, 0},
	{"requestAnyVerb", requestAnyVerb, 0},
	{"perfectAnyStep", perfectAnyStep, 0},
	{"pastNoteStep", pastNoteStep, 0},
	{"fulfilledState", fulfilledState, 0},
	{"menuPathStep", menuPathStep, 0},
	{"nowPresentStep", nowPresentStep, keyNow},
	{"progressNowStep", progressNowStep, keyNow},
	{"othersPastStep", func(text string, sc *scan, c Context, _ bool) bool { return othersPastStep(text, sc, c) }, 0},
	{"nowOnState", nowOnState, keyNow | keyOn},
	{"talkedThroughOpening", talkedThroughOpening, 0},
	{"openingSent", openingSent, 0}, // round 234, fix_opening_sent.go
	{"scheduledByWriter", scheduledByWriter, keyScheduled},
	{"frontedInstruction", frontedInstruction, 0},
	{"frontedStep", frontedStep, 0},           // round 234, fix_fronted_step.go
	{"checkThenStep", checkThenStep, 0},       // round 234, fix_check_then_step.go
	{"requestedAppStep", requestedAppStep, 0}, // round 234, fix_requested_app_step.go
	{"quotedLabelStep", quotedLabelStep, 0},   // round 234, fix_quoted_label_step.go
	{"sentToCustomer", sentToCustomer, 0},
	{"worthAdvice", worthAdvice, keyWorth},
	{"pleaseStep", pleaseStep, 0},
	{"inState", inState, keyIn},
	{"oneWordStep", func(text string, sc *scan, c Context, _ bool) bool { return oneWordStep(text, sc, c) }, 0},
	{"thenScreenStep", func(text string, sc *scan, c Context, _ bool) bool { return thenScreenStep(text, sc, c) }, 0},
	{"envDoneStep", func(text string, sc *scan, c Context, _ bool) bool { return envDoneStep(text, sc, c) }, keyEnv},
	{"stateNowCheck", stateNowCheck, keyNow},
	{"toldToStep", toldToStep, keyTold},
	{"jobRunning", jobRunning, 0},
	{"sentSteps", sentSteps, keyGuide},
}

// fixStepBy returns the name of the first of fixSteps that reads a fix in
// the sentence, or "".
func fixStepBy(text string, sc *scan, c Context, staff bool) string {
	for i := range fixSteps {
		r := &fixSteps[i]
		if sc.keys&r.keys == r.keys && r.reads(text, sc, c, staff) {
			return r.name
		}
	}
	return ""
}

// fixGrammar names the first of classify's grammatical fix tests that reads
// a fix in the sentence (the name is what TestStylesErrors tallies), or ""
// where none does: a remedy asked about after it was tried, the fix words, a
// remedy told (remedyTold) of no future step, an imperative, a labelled fix.
func fixGrammar(text string, sc *scan, question, asked bool) string {
	ts := sc.ts
	if asked {
		return "remedy then asked"
	}
	if !question {
		if isFix(sc) {
			return "fix words"
		}
		if name := remedyTold(ts, sc); name != "" && !fixFuture.hasIn(sc) {
			return name
		}
	}
	if imperativeFix(ts) {
		return "imperative"
	}
	if sc.trig&trigFixLabel != 0 && labelledFix(text, sc) > 0 {
		return "labelled fix"
	}
	return ""
}

// remedyTold names the first way the sentence tells a remedy: done,
// instructed, delivered, attempted or released; "" for none.
func remedyTold(ts []string, sc *scan) string {
	switch {
	case remedyDone(ts, sc.cls):
		return "remedy done"
	case instructedRemedy(ts):
		return "instructed remedy"
	case deliveredRemedy(ts, sc.cls):
		return "delivered remedy"
	case sc.trig&trigAttempt != 0 && attemptedRemedy(ts, sc.cls):
		return "attempted remedy"
	case sc.trig&trigRelease != 0 && releasedIn(ts):
		return "released in"
	}
	return ""
}
