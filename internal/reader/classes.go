package reader

// Word classes: the verb and state classes the structural rules read (fix.go,
// restored.go), looked up once per word when a sentence is scanned, so that
// each rule tests bits instead of looking every word up in its own set.
const (
	clsRemedyPast   uint16 = 1 << iota // a remedial verb in the past or as participle ("deployed")
	clsRemedyIng                       // its -ing form ("scaling")
	clsActor                           // a subject that applies a remedy ("we", "dba")
	clsOutcome                         // "resolved", "solved", "fixed"
	clsRemedialBase                    // a remedial verb's base form, for instructions and "we change"
	clsUp                              // a state of a working service ("working", "operational")
	clsRecur                           // what a problem does when it comes back ("appear", "occurred")
	clsRemedyNoun                      // what carries a fix ("patch", "release")
	clsDelivery                        // what is done with it ("sent", "ready")
	clsFulfilled                       // the participle of a request done ("unlocked")
	clsSymptom                         // a symptom that can stop ("errors", "alerts")
	clsReturn                          // a verb of answering with an error ("returned")
	clsPoint                           // a verb of reference to a target ("pointing")
	clsMeta                            // a field of the ticket ("priority", "label")
	clsFaulty                          // an attribute of a component at fault ("misconfigured")
	clsChange                          // a change after which something breaks ("upgrade")
)

// wordClass maps a word to its classes.
var wordClass = func() map[string]uint16 {
	m := map[string]uint16{}
	add := func(b uint16, ws map[string]bool) {
		for w, ok := range ws {
			if ok {
				m[w] |= b
			}
		}
	}
	for w, k := range remedyForms {
		if k == 'p' {
			m[w] |= clsRemedyPast
		} else {
			m[w] |= clsRemedyIng
		}
	}
	add(clsActor, actors)
	add(clsOutcome, outcomeVerbs)
	add(clsRemedialBase, remedialBase)
	add(clsUp, upStates)
	add(clsRecur, recurVerbs)
	add(clsRemedyNoun, remedyNounSet)
	add(clsDelivery, deliveryWords)
	add(clsFulfilled, fulfilled)
	add(clsSymptom, symptomNouns)
	add(clsReturn, returnVerbs)
	add(clsPoint, pointVerbs)
	add(clsMeta, metaNouns)
	add(clsFaulty, faultyAttrs)
	add(clsChange, changeNouns)
	return m
}()

// Triggers: the words without which a rule of forms.go cannot apply, looked up
// with the word classes, so that a sentence without them skips the rule.
const (
	trigAttempt    uint16 = 1 << iota // "attempted", "tried"
	trigRelease                       // "resolved in 2.3.1", "addressed by"
	trigExpected                      // a state a component should be in ("enrolled")
	trigStop                          // a symptom's end ("stopped", "went away")
	trigFixLabel                      // "Mitigation:", "Recovery:"
	trigCauseLabel                    // "RCA:", "Root cause:"
	trigLog                           // the first words of a log line ("at", "caused")
	trigRecovery                      // a short report of recovery ("now", "all", "fine", "succeeded")
	trigResource                      // a resource at its limit ("full", "pegged", "quota", "100")
	trigDone                          // a request done or a confirmation ("ready", "set up", "caught up")
	trigFulfil                        // a request's participle ("created", "granted", "ready")
	trigTest                          // a check run ("test", "re-test", "smoke")
	trigFault                         // a fault verb of a terse note ("stopped", "expired")
	trigStep                          // a step verb outside the remedial class ("started", "put")
	trigHeld                          // a state held over a period ("been fine", "over two shifts")
	trigStill                         // "still", before a stale state ("still had the old key")
)

var triggers = func() map[string]uint16 {
	m := map[string]uint16{}
	add := func(b uint16, ws ...string) {
		for _, w := range ws {
			m[w] |= b
		}
	}
	add(trigAttempt, "attempted", "tried")
	add(trigRelease, "resolved", "fixed", "addressed", "released", "shipped", "landed", "solved")
	for w := range expectedStates {
		add(trigExpected, w)
	}
	for w := range stopVerbs {
		add(trigStop, w)
	}
	add(trigStop, "went", "gone")
	add(trigFixLabel, "fix", "fixed", "resolution", "mitigation", "recovery", "workaround", "action", "actions",
		"solution", "remediation")
	add(trigCauseLabel, "rca", "cause", "reason")
	add(trigLog, "at", "caused", "traceback", "file", "exception")
	add(trigRecovery, "now", "no", "succeeded", "sorted", "all", "through", "thanks", "thank", "i'm", "im",
		"we're", "you're", "they're", "he's", "she's", "everyone's", "everybody's")
	for w := range mannerStates {
		add(trigRecovery, w)
	}
	add(trigDone, "ready", "done", "complete", "completed", "sorted", "confirmed", "live", "set", "place", "confirms", "no",
		"normally", "caught", "drained", "emptied", "cleared", "did", "fixed", "solved", "cracked", "all")
	for w := range fulfilParts {
		add(trigFulfil, w)
	}
	add(trigFulfil, "ready")
	for w := range testNouns {
		add(trigTest, w)
	}
	for w := range faultVerbs {
		add(trigFault, w)
	}
	for w := range stepVerbs {
		add(trigStep, w)
	}
	add(trigStep, "asked")
	add(trigHeld, "been", "over", "across", "overnight")
	add(trigStill, "still")
	for w := range terseStates {
		add(trigFault, w)
	}
	for w := range whenVerbs {
		add(trigFault, w)
	}
	add(trigResource, "full", "pegged", "maxed", "100", "99", "98", "97", "96", "95")
	for w := range limitNouns {
		add(trigResource, w)
	}
	return m
}()

// Rule keys (round 239): the one word, or one of the few words, without
// which a restored rule (or a cause rule) cannot read, found with the word classes when a
// sentence is scanned, so that restoredRule.reads (causeRule.reads) skips a rule whose key is
// absent without calling it. Each rule tests its word again itself (a
// pure function of the sentence, asked elsewhere too): the key only spares
// the call and its walk over the words.
const (
	keyBack      uint64 = 1 << iota // thingBack
	keyLive                         // thingLive
	keySent                         // inviteSent
	keyNoZero                       // quietPeriod: "no" or "zero"
	keyNo                           // noRecurrence
	keyReporting                    // devicesReporting: "reporting" or "checked"
	keyWorked                       // customerWorked
	keyClean                        // cleanVerdict
	keyAll                          // fineAllPeriod
	keyOn                           // fleetOnVersion
	keyMore                         // noLongerNeeded: "anymore", or "more" after "any"
	keyWhat                         // customerApproves: "exactly what ... wanted"
	keyDone                         // customerDoneResult: "done, ..."
	keyHad                          // pastPerfectEarlier (a cause rule): "had" or "hadn't"
	// Round 245: the cause rules' keys, each a word (or a word set) every
	// sentence the rule reads holds; the rule tests it again itself.
	keyDefault     // defaultHarm: "default" or "defaults"
	keyHenceWhere  // henceTail: "hence", or "where" after "that's"/"which is"
	keyToo         // beyondMeasure: "too"
	keyOnly        // partialStep, restrictedReader: "only"
	keyDied        // partDied: diedVerbs
	keyWent        // staleDestination: "went", "goes", "going", "sent", "routed", "delivered", "forwarded"
	keyWithout     // stepWithout: "without"
	keySinceAfter  // stateAfterChange: "since" or "after"
	keyMyOur       // admittedWithFault: "my" or "our"
	keyOnset       // onsetHarm: onsetVerbs
	keyFoundChange // foundChangeBy: foundChangeVerbs
	keyLapsed      // ranOutOrExpired: lapsedVerbs
	keyBroken      // partBroken: brokenWords
	keyDamage      // damagedPart: damageWords
	keyNeed        // requirementLacked: needWords
	// Round 245: the fix steps' keys (fixSteps' keys).
	keyNow       // nowOnState, nowPresentStep, progressNowStep, stateNowCheck: "now"
	keyIn        // inState: "in"
	keyTold      // toldToStep: "told"
	keyWorth     // worthAdvice: "worth"
	keyScheduled // scheduledByWriter: "scheduled" or "booked"
	keyEnv       // envDoneStep: envDoneEnvs
	keyGuide     // sentSteps: sentStepsGuides
	// Round 248: ten more restored rules' keys, each a word (or a word set)
	// without which the rule's function returns false whatever else the
	// sentence holds (restoredRule.reads).
	keyUnder      // measureUnder: "under" or "below"
	keyFalling    // measureFalling: measureFallingWords
	keySettled    // moneySettled: "credited", owedWords, "balance(s)", settledPlaces
	keyMoney      // moneyBack: moneyNouns
	keyAs         // asExpected: "as"
	keyOccasion   // recentOccasion: occasionDay, occasionPart
	keySpan       // customerUse: "already", "since", "overnight", "morning", "afternoon"
	keyNone       // troubleAbsent: troubleAbsentNone
	keyBacklog    // backlogThrough: backlogWords
	keySucceeding // succeeding: "succeeding"
	// Round 248: four of notCause's refusals, asked of every sentence a
	// cause rule reads; each returns false without its key word.
	keyOutage  // outageWindow: outageStates
	keyGuess   // appearanceGuess: "looks", "look", "seems", "seem", "appears", "appear"
	keyRegret  // writerRegret: "sorry" or "wrong"
	keyLookFor // nothingFound: "find", "found", "see", "seen", "spot", "spotted", "fault"
	// Round 248: restoredConfirmed's gate words (confirmedGate), as a key.
	keyConfirmed
	// Round 258: scopeNotJust (notCause) reads only "not" followed by "just".
	keyJust // scopeNotJust: "just"
	// Round 258: restoredAfterRemedy's gate (afterRemedyGate) over eight words.
	keyAfterRemedy // afterRemedyAnywhere, afterRemedyEarly
)

var ruleKeys = func() map[string]uint64 {
	m := map[string]uint64{
		"back": keyBack, "live": keyLive, "sent": keySent | keyWent, "no": keyNoZero | keyNo, "zero": keyNoZero,
		"reporting": keyReporting, "checked": keyReporting, "worked": keyWorked, "clean": keyClean,
		"all": keyAll, "on": keyOn, "anymore": keyMore, "more": keyMore,
		"what": keyWhat, "done": keyDone, "had": keyHad, "hadn't": keyHad,
	}
	add := func(key uint64, words ...string) {
		for _, w := range words {
			m[w] |= key
		}
	}
	addSet := func(key uint64, s *wordSet) {
		for w, ok := range s.m {
			if ok {
				m[w] |= key
			}
		}
	}
	add(keyDefault, "default", "defaults")
	add(keyHenceWhere, "hence", "where")
	add(keyToo, "too")
	add(keyOnly, "only")
	addSet(keyDied, &diedVerbs)
	add(keyWent, "went", "goes", "going", "sent", "routed", "delivered", "forwarded")
	add(keyWithout, "without")
	add(keySinceAfter, "since", "after")
	add(keyMyOur, "my", "our")
	addSet(keyOnset, &onsetVerbs)
	addSet(keyFoundChange, &foundChangeVerbs)
	addSet(keyLapsed, &lapsedVerbs)
	addSet(keyBroken, &brokenWords)
	addSet(keyDamage, &damageWords)
	addSet(keyNeed, &needWords)
	add(keyNow, "now")
	add(keyIn, "in")
	add(keyTold, "told")
	add(keyWorth, "worth")
	add(keyScheduled, "scheduled", "booked")
	addSet(keyEnv, &envDoneEnvs)
	addSet(keyGuide, &sentStepsGuides)
	add(keyUnder, "under", "below")
	addSet(keyFalling, &measureFallingWords)
	add(keySettled, "credited", "balance", "balances")
	addSet(keySettled, &owedWords)
	addSet(keySettled, &settledPlaces)
	addSet(keyMoney, &moneyNouns)
	add(keyAs, "as")
	addSet(keyOccasion, &occasionDay)
	addSet(keyOccasion, &occasionPart)
	add(keySpan, "already", "since", "overnight", "morning", "afternoon")
	addSet(keyNone, &troubleAbsentNone)
	addSet(keyBacklog, &backlogWords)
	add(keySucceeding, "succeeding")
	addSet(keyOutage, &outageStates)
	add(keyGuess, "looks", "look", "seems", "seem", "appears", "appear")
	add(keyRegret, "sorry", "wrong")
	add(keyLookFor, "find", "found", "see", "seen", "spot", "spotted", "fault")
	add(keyConfirmed, confirmedGateWords[:]...)
	add(keyJust, "just")
	addSet(keyAfterRemedy, &afterRemedyAnywhere)
	addSet(keyAfterRemedy, &afterRemedyEarly)
	return m
}()
