package reader

// A portal's order form names the thing ordered in its "Order type:" field
// ("Order type: Braille transcription", "Order type: Cross-connect", "Order
// type: Community Order - curfew requirement"): the ticket is the order
// filed, a service request, as a "Request:" field is (formAsked). Round
// 178: the 3 tuning openings (styles to styles110) with such a field are
// service requests, in 3 sets (styles5 23, styles96 08, styles105 15);
// styles105 15 had no other vote and fell to the default incident. A field
// naming a fault ("Order type: Fault - replacement unit") is not one.

// orderFiled reports whether text, tokenised as ts, is an order form's
// "Order type:" field that names no fault.
func orderFiled(text string, ts []string) bool {
	return hasPrefixFold(text, "order type:") && len(ts) > 2 && !namesFault(ts[2:])
}
