package reader

// A percentage that is no store's fill is no cause: a shape of staff
// sentences that a cause phrase or the model read as a cause, seen in three
// writers' sets or more and never labelled a cause there. Refused in
// notCause, so the model is bound by it too (modelVeto).
//
//   - A percentage near a hundred that is no store's fill: "AHU-B3 CHW valve
//     at 100%, SAT still climbing" (styles16, a valve open), "5.6.1 approved
//     15:10, pushed at 100%, ..." (styles31, a rollout), "Reproduced on the
//     training tenant with another 2h+ clip: same RX-507 at 99%" (styles54,
//     where a job fails). A store at its limit names the store ("Backup
//     storage at 99%", styles13; "The transaction log drive ... is at 100%",
//     styles3; "st0412-gw01: C: at 100%", styles22), and stays
//     (resourceExhausted).
//
// Written in round 46 (docs/quality.md, "Round 46").

// fillNouns are the stores and resources whose fill a percentage near a
// hundred tells: without one, "at 100%" is no resource at its limit.
var fillNouns = newWordSet(map[string]bool{"disk": true, "disks": true, "drive": true, "volume": true, "storage": true,
	"quota": true, "mailbox": true, "inbox": true, "cpu": true, "memory": true, "ram": true, "log": true,
	"logs": true, "space": true, "share": true, "partition": true, "database": true, "db": true,
	"tablespace": true, "heap": true, "swap": true, "inodes": true, "usage": true, "utilisation": true,
	"utilization": true, "load": true, "capacity": true, "c": true, "d": true, "e": true, "pool": true,
	"queue": true, "buffer": true, "cache": true, "filesystem": true, "fs": true, "limit": true,
	"bandwidth": true, "link": true, "licences": true, "licenses": true, "seats": true, "var": true})

// percentNotFill reports whether a sentence has "at" and a percentage from
// 95 to 100, no store or resource named (fillNouns), no "full", "pegged" or
// "maxed", and no cause phrase.
func percentNotFill(sc *scan) bool {
	if sc.trig&trigResource == 0 {
		return false
	}
	ts := sc.ts
	at := false
	for k, t := range ts {
		switch {
		case fillNouns.has(t) || t == "full" || t == "pegged" || t == "maxed":
			return false
		case t == "at" && k+1 < len(ts) && (ts[k+1] == "100" || len(ts[k+1]) == 2 && ts[k+1] >= "95" && digits(ts[k+1])):
			at = true
		}
	}
	if !at {
		return false
	}
	i, _ := causePhrase(sc)
	return i < 0
}
