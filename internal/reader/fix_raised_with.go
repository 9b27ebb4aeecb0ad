package reader

// Round 128: the case raised with a party. Staff tell that they raised "it"
// or "this" with a vendor or a team ("I've raised this with the provider as
// urgent.", "I've raised it with ReviewRoom support with the test links."):
// an escalation to whoever holds the remedy, no remedy taken. Counted over
// every tuning set (styles to styles98): 22 rows say "raised it/this/that
// with", none labelled fix; 3 were read as fix (styles46, 57, 89, all by the
// model). "raised the limit", "raised it to 2000 per 10 min" (styles90, a
// fix) and a record raised (round 110) are not this shape.

// raisedWith reports whether a sentence has "raised" and "it", "this" or
// "that", then "with".
func raisedWith(ts []string) bool {
	for i := 0; i+2 < len(ts); i++ {
		if ts[i] != "raised" {
			continue
		}
		switch ts[i+1] {
		case "it", "this", "that":
			if ts[i+2] == "with" {
				return true
			}
		}
	}
	return false
}
