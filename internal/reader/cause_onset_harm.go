package reader

// Round 115's reading: the onset of a harmful act, told as an event.
//
// Engineers write the moment a cause sets in as "X began/started <doing
// harm to Y>", with no cause word:
//   - "Retry amplification begins overwhelming the writer database"
//     (postmortems, posthog 2025-09-29-flags-is-down, labelled cause)
//   - "Daily pipeline run starts modifying the AWS Autoscaling Groups."
//     (postmortems, dfds PM2021-007, labelled cause)
//   - "Yahoo changed its rules at the start of June and began refusing some
//     forwarded emails, ..." (styles87, 87-18-email-forwarding-dmarc)
//
// With these verbs the shape is labelled cause in two more styles tuning
// sets, where another rule reads it ("The mobile networks started blocking
// text messages from unregistered sender names yesterday", styles81; "The
// two networks had started blocking our sender name ...", styles54). The rule reads
// a subject that is a thing or a party (not the writer, the reader or a
// person of the team, whose "started deleting the old pods" is a remedy
// step), an onset verb ("begins", "began", "starts", "started", or "to"
// after it) and right after it an act one system does to another
// (onsetHarmActs: refusing, blocking, overwhelming, modifying, ...). Symptoms
// told the same way ("Pods started crashlooping", "Initial pods begin
// failing database connections", postmortems, labelled none) and recoveries
// ("started shipping logs again") have other verbs and are left. Refused: a
// negation, a modal or "to" before the onset verb (a plan, a possibility), a
// hedge, a question, and an outcome meant ("as intended", "as expected").
//
// Written in round 115 (docs/quality.md, "Round 115").

// onsetVerbs are the verbs that tell something set in.
var onsetVerbs = newWordSet(map[string]bool{"begins": true, "began": true, "begin": true, "starts": true, "started": true, "start": true})

// onsetHarmActs are acts one system does to another, in -ing form and the
// base form (after "began to").
var onsetHarmActs = newWordSet(map[string]bool{
	"refusing": true, "refuse": true, "rejecting": true, "reject": true, "blocking": true, "block": true,
	"filtering": true, "filter": true, "flagging": true, "flag": true, "overwhelming": true, "overwhelm": true,
	"flooding": true, "flood": true, "modifying": true, "modify": true, "overwriting": true, "overwrite": true,
	"deleting": true, "delete": true, "throttling": true, "throttle": true, "truncating": true, "truncate": true,
	"discarding": true, "discard": true, "evicting": true, "evict": true, "enforcing": true, "enforce": true,
	"hammering": true, "hammer": true, "saturating": true, "saturate": true, "exhausting": true, "exhaust": true,
	"reverting": true, "revert": true, "quarantining": true, "quarantine": true,
})

// onsetNotBefore are words right before the onset verb that make it a plan,
// a possibility or a denial, not an event.
var onsetNotBefore = newWordSet(map[string]bool{"will": true, "would": true, "may": true, "might": true, "could": true,
	"should": true, "can": true, "must": true, "shall": true, "to": true, "not": true, "never": true,
	"didn't": true, "hasn't": true, "haven't": true, "hadn't": true, "won't": true, "wouldn't": true,
	"doesn't": true, "don't": true, "isn't": true, "wasn't": true, "couldn't": true, "it'll": true, "they'll": true})

// onsetPeople are subjects whose onset is a step of their own, not a cause.
var onsetPeople = newWordSet(map[string]bool{"i": true, "we": true, "you": true, "i've": true, "we've": true, "you've": true,
	"i'd": true, "we'd": true, "engineer": true, "engineers": true, "team": true, "admin": true, "admins": true,
	"colleague": true, "colleagues": true, "oncall": true, "on-call": true, "ops": true, "staff": true, "support": true,
	"technician": true, "customer": true, "customers": true, "user": true, "users": true})

// onsetMeant are outcomes meant, which make the act no fault.
var onsetMeant = newLocalLexicon("as intended", "as expected", "as designed", "as planned", "as it should")

// onsetHarm reports whether a sentence tells a thing or party beginning to
// do harm to another ("Retry amplification begins overwhelming the writer
// database").
// The loop's map lookup of each word is its prefilter: a sentence with no
// onset verb is left after one pass, with no lexicon searched.
func onsetHarm(text string, ts []string) bool {
	for i := 1; i+1 < len(ts); i++ {
		if !onsetVerbs.has(ts[i]) {
			continue
		}
		j := i + 1
		if ts[j] == "to" && j+1 < len(ts) {
			j++
		}
		if !onsetHarmActs.has(ts[j]) || onsetNotBefore.has(ts[i-1]) || (ts[i] == "begin" || ts[i] == "start") && ts[i+1] != "to" {
			continue
		}
		for _, w := range ts[:i] {
			if onsetPeople.has(w) {
				return false
			}
		}
		if negations.has(ts[:i]) || hedges.has(ts) || onsetMeant.has(ts) || endsQuestion(text) {
			return false
		}
		return true
	}
	return false
}
