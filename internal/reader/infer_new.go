package reader

// A subject that opens with "New" names a thing to be set up for the
// customer ("New starter - Lea Fischer", "New member shop: Blodau Bach",
// "New server certificate - wms-api", "New streets - Meadow Rise Phase 2"):
// the writers label it a service request in nearly every set, though its
// opening dates when the thing goes live ("go-live Monday 3 June", "moving in
// from 1 July"), which otherwise reads as a planned change. A form or
// subject that names itself a change still makes one ("Change: new public IP
// for SIP trunk", changeForms).

// newNamed reports whether the subject's tokens ts open with "new" and a
// thing, not a new version or build (changeWords).
func newNamed(ts []string) bool {
	if len(ts) < 2 || ts[0] != "new" {
		return false
	}
	i, _ := changeWords.find(ts)
	return i != 0
}
