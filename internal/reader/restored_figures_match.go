package reader

import "slices"

// Round 109: staff tell the repaired figures agreeing with their source
// after the remedy: a count, total, stock or balance, then "match(es)".
// Every staff sentence of the tuning sets with a figure's noun before
// "match(es)" after a remedy, and no fix or cause read in it, is labelled
// restored (10 of 10, four read before: "Balances checked against the
// report, all match.", styles40 15); these are the six the rules missed:
//
//   - "Kingsway counts on 3 lines match their shelf count." (styles5 02);
//   - "Totals checked against CD register for Jan and Feb: match."
//     (styles22 14);
//   - "Stats and the 14 paid subscribers carried over, counts match
//     (14/14)." (styles40 12);
//   - "Tomorrow's showtimes for Kingsway, Leeds and Bristol match POS line
//     for line." (styles42 08);
//   - "First evening: Jackpot pool £11,240 on the screens at race 3,
//     matches TotePlus." (styles63 16);
//   - "Stock on the site matches what the stores tell us today." (styles92
//     10).
//
// Other subjects split or are findings: "Statement reviewed, sole trader
// name matches." (styles8 10), "Fingerprint matches what we see."
// (styles89 10), "the timing matches a rules pack update" (styles57 02), all
// labelled none. The caller checks staff, a remedy, and no fix or cause in
// the sentence (a step checked in staging, "quotes match the spreadsheet",
// styles36 04, is labelled fix; "the location lookup does an exact match"
// is a cause). Refused: a negation, a plan, a condition, a question, "to
// match" and "match on" (a setting), and the figure after the verb.

// matchFigures name figures that can be checked against their source.
var matchFigures = newWordSet(map[string]bool{"count": true, "counts": true, "total": true, "totals": true,
	"figure": true, "figures": true, "number": true, "numbers": true, "stock": true, "balance": true,
	"balances": true, "amount": true, "amounts": true, "pool": true, "price": true, "prices": true,
	"showtimes": true, "readings": true, "values": true, "sums": true})

// matchStops refuse the sentence (see above).
var matchStops = newWordSet(map[string]bool{"will": true, "should": true, "would": true, "if": true,
	"once": true, "until": true, "whether": true, "but": true, "still": true})

// figuresMatch reports a figure matching its source (see above).
func figuresMatch(text string, ts []string) bool {
	if len(ts) < 2 || len(ts) > 35 || !slices.Contains(ts, "match") && !slices.Contains(ts, "matches") {
		return false // the cheap test
	}
	if endsQuestion(text) {
		return false
	}
	figure := false
	for k, t := range ts {
		if notWords.has(t) || t == "no" {
			return false
		}
		if matchStops.has(t) {
			return false
		}
		switch t {
		case "match", "matches":
			if k > 0 && ts[k-1] == "to" || k+1 < len(ts) && ts[k+1] == "on" {
				return false // "set to match", "matches on booking number": a setting, how it works
			}
			if figure {
				return true
			}
		default:
			figure = figure || matchFigures.has(t)
		}
	}
	return false
}
