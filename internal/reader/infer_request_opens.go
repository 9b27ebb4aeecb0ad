package reader

// A subject that opens with "Request" and what is asked ("Request to remove
// a tribute page", "Request of historical wave data 2010-2025", "Request of
// API access for research") names the ticket a request as "Refund request -"
// does (requestHead, which takes a request word only where it ends the
// subject or a part of it). Round 113: the 3 tuning subjects (styles to
// styles94) so opened are service requests (styles64 09, styles68 09,
// styles93 13); 2 were read as an incident (styles68 09, no vote at all)
// and a question (styles93 13, the writer's "Is it possible that you send
// me all the data?"). A request word before a noun ("Request Entity Too
// Large", "Retrieval requests stuck") does not open so.

// requestOpens reports whether ts, a subject's words, opens with "request"
// and "to", "of" or "for".
func requestOpens(ts []string) bool {
	if len(ts) < 3 || ts[0] != "request" {
		return false
	}
	switch ts[1] {
	case "to", "of", "for":
		return true
	}
	return false
}
