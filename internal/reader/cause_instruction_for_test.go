package reader

import "testing"

func TestInstructionAfterFor(t *testing.T) {
	checkRuleItself(t, "instructionAfterFor", instructionAfterFor, []wordingCase{
		{text: "They come paired, so it's a straight\nswap: unplug the old probe, plug in the new one and press the pair\nbutton once."},
		{text: "For a backfill like yours, split the range into chunks of 5,000 blocks and run them one after another, with your contract address and topics in the filter so each response stays small."},
		{text: "For 7 nights take the Lune Valley route instead: north from the wharf up\nthe Hadley flight to Lunesdale, turning at the Millbeck winding hole,\nwhich is about 32 hours' cruising and 42 locks."},
		{text: "For the spare handsets, please send them back to us in the box."},
	}, []wordingCase{
		// near misses: a relative in the lead-in, a long lead-in with no
		// comma, a past verb after a subject, a finding after the colon, a
		// time's colon, a lead-in too long, a verb with no object
		{text: "For users who use the old app the sync fails every night."},
		{text: "For two weeks the job put the wrong date on every invoice."},
		{text: "For some reason the nightly job set the flag on every record."},
		{text: "Found it: the nightly job stopped at 02:10 because the disk was full."},
		{text: "Backup ran at 02:00: use of the replica was blocked by the firewall."},
		{text: "After we looked at every one of the ten units on site today: take the readings again."},
		{text: "For the record, send failures were logged at 02:00."},
		{text: "For your incident log: the Carn Point AIS feed stopped at 20:49 on 30\nMarch because the site's mobile data SIM was barred by the carrier."},
		{text: "For your log the feed stopped at 20:49."},
	})
}
