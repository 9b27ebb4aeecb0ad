package reader

import "testing"

// TestRuleKeysNecessary checks round 248's rule keys (ten restored rules,
// four of notCause's refusals): for sentences each function reads (written
// for this test), the scan holds its key, so the gate never skips a sentence
// the function would have read. The keys' soundness in general rests on each
// function returning false without its key word (classes.go); these cases
// catch a key whose words drift from the function's.
func TestRuleKeysNecessary(t *testing.T) {
	cases := []struct {
		key  uint64
		name string
		read func(text string, sc *scan) bool
		text string
	}{
		{keyUnder, "measureUnder", func(s string, sc *scan) bool { return measureUnder(s, sc.ts) }, "Latency is now under 200 ms on every node."},
		{keyUnder, "measureUnder", func(s string, sc *scan) bool { return measureUnder(s, sc.ts) }, "CPU load sits below 40 percent since the patch."},
		{keyFalling, "measureFalling", func(s string, sc *scan) bool { return measureFalling(s, sc.ts) }, "The queue is dropping fast now."},
		{keySettled, "moneySettled", func(s string, sc *scan) bool { return moneySettled(s, sc.ts) }, "The refund has been credited to your card."},
		{keySettled, "moneySettled", func(s string, sc *scan) bool { return moneySettled(s, sc.ts) }, "Your account now shows nothing outstanding."},
		{keyMoney, "moneyBack", moneyBackOf, "The refund arrived in my account this morning."},
		{keyAs, "asExpected", func(s string, sc *scan) bool { return asExpected(s, sc.ts) }, "The nightly export ran as expected."},
		{keyOccasion, "recentOccasion", func(s string, sc *scan) bool { return recentOccasion(s, sc.ts) }, "Everything was fine this morning."},
		{keyOccasion, "recentOccasion", func(s string, sc *scan) bool { return recentOccasion(s, sc.ts) }, "Printing was perfect yesterday."},
		{keySpan, "customerUse", func(s string, sc *scan) bool { return customerUse(s, sc.ts) }, "Three of the members have already paid."},
		{keyNone, "troubleAbsent", func(s string, sc *scan) bool { return troubleAbsent(s, sc.ts) }, "Checked the logs since the restart: no errors."},
		{keyBacklog, "backlogThrough", func(s string, sc *scan) bool { return backlogThrough(s, sc.ts) }, "The queued orders have all gone through now."},
		{keySucceeding, "succeeding", func(s string, sc *scan) bool { return succeeding(s, sc.ts) }, "The backups are succeeding every night now."},
		// notCause's refusals (round 248)
		{keyOutage, "outageWindow", func(s string, sc *scan) bool { return outageWindow(sc.ts) }, "The portal was down between 9 and 10 this morning."},
		{keyGuess, "appearanceGuess", func(s string, sc *scan) bool { return appearanceGuess(s, sc.ts) }, "It looks like the certificate expired overnight."},
		{keyGuess, "appearanceGuess", func(s string, sc *scan) bool { return appearanceGuess(s, sc.ts) }, "The job seems to have stopped after the upgrade."},
		{keyRegret, "writerRegret", func(s string, sc *scan) bool { return writerRegret(s, sc.ts) }, "I'm sorry we missed the renewal date."},
		{keyLookFor, "nothingFound", func(s string, sc *scan) bool { return nothingFound(sc.ts) }, "We couldn't find anything wrong with the wiring."},
		{keyAfterRemedy, "afterRemedyGate", func(s string, sc *scan) bool { return afterRemedyGate(sc.ts) }, "Since the reboot this morning everything has been running smoothly for us."},
		{keyAfterRemedy, "afterRemedyGate", func(s string, sc *scan) bool { return afterRemedyGate(sc.ts) }, "We got the replacement card and the reader is taking payments again."},
		{keyJust, "scopeNotJust", func(s string, sc *scan) bool { return scopeNotJust(s, sc.ts) }, "All 6 cameras on that switch offline, not just the gate one."},
	}
	for _, c := range cases {
		var sc scan
		newScan(tokens(c.text, nil), &sc)
		if !c.read(c.text, &sc) {
			t.Errorf("%s does not read %q: write a case it reads", c.name, c.text)
			continue
		}
		if sc.keys&c.key == 0 {
			t.Errorf("%s reads %q but the scan lacks its key", c.name, c.text)
		}
	}
}

func moneyBackOf(s string, sc *scan) bool { return moneyBack(sc.ts, sc) }

// TestConfirmedGateWords checks that keyConfirmed's words are confirmedGate's:
// each word alone passes the gate and is keyed, and a sentence of none of
// them (written for the test) neither passes nor is keyed.
func TestConfirmedGateWords(t *testing.T) {
	for _, w := range confirmedGateWords {
		var sc scan
		newScan([]string{"it", w}, &sc)
		if !confirmedGate(sc.ts) || sc.keys&keyConfirmed == 0 {
			t.Errorf("%q: gate %v, key %v", w, confirmedGate(sc.ts), sc.keys&keyConfirmed != 0)
		}
	}
	var sc scan
	newScan(tokens("Thanks, I will check the printer queue tomorrow.", nil), &sc)
	if confirmedGate(sc.ts) || sc.keys&keyConfirmed != 0 {
		t.Errorf("a sentence of none of the words: gate %v, key %v", confirmedGate(sc.ts), sc.keys&keyConfirmed != 0)
	}
}
