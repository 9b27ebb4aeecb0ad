package reader

// A subject or form line that opens with a change record's number
// ("CR-2026-014 gearbox HSS bearing temperature thresholds", "CR-0619
// ATR-1/ATR-2 firmware 4.2.7 -> 4.3.1", "CHG-1207: LIMS upgrade") names the
// ticket a change, as "CHG:" and "RFC:" do (changeForms). A change number
// told later in a sentence is the change that caused a fault ("your
// colleague did the update of the job dispatcher (change CHG-2291)", "Since
// the PostgreSQL upgrade ... (CHG0008812)", incidents) and does not open it.
// Round 113: the 3 tuning subjects (styles to styles94) so opened are
// changes (styles10 04, styles55 05, styles58 03); styles10 04 was read as a
// service request.

// changeRefPrefixes open a change record's number.
var changeRefPrefixes = []string{"cr-", "chg-", "chg", "crq", "rfc-"}

// changeRefOpens reports whether text opens with a change record's number:
// one of changeRefPrefixes and a digit.
func changeRefOpens(text string) bool {
	for _, p := range changeRefPrefixes {
		if len(text) > len(p) && hasPrefixFold(text, p) && text[len(p)] >= '0' && text[len(p)] <= '9' {
			return true
		}
	}
	return false
}
