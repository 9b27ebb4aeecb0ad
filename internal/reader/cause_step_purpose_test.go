package reader

import "testing"

func TestStepPurposeAfterSo(t *testing.T) {
	checkRuleItself(t, "stepPurposeAfterSo", stepPurposeAfterSo, []wordingCase{
		{text: "Dev (Marek): moved the nightly timesheet job from 02:00 to 03:30 so it\ndoesn't run alongside the rate sync, as a test."},
		{text: "Sync job also now split into 4 batches so one slow batch can't stop the rest."},
		{text: "Marco capped the fan Wi-Fi during the match, and\nthis morning we reserved space on every access point for the tills so\nfans can't crowd them out."},
		{text: "Closed the Waterways Escapes channel for arrivals in the next 60 days so they can't sell dates we've already sold."},
		{text: "We moved the backup to 04:00 so that it won’t overlap the sync."},
	}, []wordingCase{
		// near misses: a thing that made the fault, a comma before "so", a
		// state and no step, the harm done in the past, a cause word, the
		// step's subject a name, no harm after "so"
		{text: "Patch script rewrote the keystore password so the svc can't open its TLS cert on start."},
		{text: "That's it then: the bare alpine base doesn't ship CA certificates, so Go can't verify any TLS server."},
		{text: "Meridian reply: they moved api.meridiansense.example to a new certificate chain on Tuesday, and loggers on firmware older than 3.2 don't have the new root so can't connect."},
		{text: "Windows restarted itself at 18:12 for updates; service is set to Manual so didn't come back."},
		{text: "We moved the job to 02:00 because the sync had been failing, so it doesn't clash."},
		{text: "Vendor moved the job to 02:00 so it doesn't clash with the sync."},
		{text: "We moved the job to 02:00 so the sync now finishes first."},
		{text: "We moved the job to 02:00, so the sync can't start before it."},
	})
}
