package reader

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// stylesSets are conversations in other organisations' styles (corporate
// e-mail, chat, hosting, issue threads, telecom, MSP, university and clinical
// IT, logistics, fintech, payroll, CI platforms, retail...), each written and
// labelled by a person who had not read the rules; testdata/NAME.labels names
// each labelled sentence of testdata/NAME/ by file, event and its exact text
// (docs/quality.md, "Other organisations' styles").
var stylesSets = []string{"styles", "styles2", "styles3", "styles4", "styles5", "styles6", "styles7", "styles8", "styles9", "styles10", "styles11", "styles12", "styles13", "styles14", "styles15", "styles16", "styles17", "styles18", "styles19", "styles20", "styles21", "styles22", "styles23", "styles24", "styles25", "styles26", "styles29", "styles30", "styles31", "styles32", "styles27", "styles28", "styles33", "styles34", "styles35", "styles36", "styles37", "styles38", "styles39", "styles40", "styles41", "styles42", "styles47", "styles48", "styles49", "styles50", "styles43", "styles44", "styles45", "styles46", "styles51", "styles52", "styles53", "styles54", "styles55", "styles56", "styles57", "styles58", "styles59", "styles60", "styles61", "styles62", "styles63", "styles64", "styles65", "styles66", "styles67", "styles68", "styles69", "styles70", "styles71", "styles72", "styles73", "styles74", "styles75", "styles76", "styles77", "styles78", "styles79", "styles80", "styles81", "styles82", "styles83", "styles84", "styles85", "styles86", "styles87", "styles88", "styles89", "styles90", "styles91", "styles92", "styles93", "styles94", "styles95", "styles96", "styles97", "styles98", "styles99", "styles100", "styles101", "styles102", "styles103", "styles104", "styles105", "styles106", "styles107", "styles108", "styles109", "styles110", "styles111", "styles112", "styles113", "styles114", "styles115", "styles116", "styles117", "styles118", "styles119", "styles120", "styles121", "styles122", "styles123", "styles124", "styles125", "styles126", "styles127", "styles128", "styles129", "styles130", "styles131", "styles132", "styles133", "styles134", "styles135", "styles136", "styles137", "styles138", "styles139", "styles140", "styles141", "styles142"}

// stylesScored are the acts labelled on every sentence of the styles sets;
// the others were labelled where noticed and are not scored.
var stylesScored = []Act{AutoAck, Cause, Fix, Restored}

// stylesFloors are each set's scores after round 8 (December 2026), rounded
// down, and lowered where a retraining of the model read a row less (the
// last: thirty-six sets, docs/quality.md "styles37 and styles38: the first
// scores"). The sets were held out until they were first scored (rounds 4 to 7)
// and are tuning data since: rounds 5 to 8 read their misread rows, so
// these floors guard against regressions and say nothing of other
// organisations' wording (docs/quality.md, "Round 5" to "Round 8"). Their
// first scores: cause P 0.85 R 0.44 / 0.91 0.37 / 0.82 0.54 / 0.75 0.23,
// fix R 0.59 / 0.48 / 0.71 / 0.55, restored R 0.47 / 0.28 / 0.18 / 0.33.
// Cause since round 8 and the model (model.go), which is trained on these
// sets too: in-sample, not held out (round 8's alone: 0.91 0.84 / 0.95 0.77 /
// 0.86 0.77 / 0.88 0.55 / 0.89 0.65). Restored since round 9, which read
// all six sets' misread restorations: tuning scores (docs/quality.md, "Round 9");
// restored precision since round 10, which read every false restoration of
// all seven sets (docs/quality.md, "Round 10"). Fix since round 11, which read
// every misread fix row of all seven sets: tuning scores (docs/quality.md,
// "Round 11"); each held-out set's first scores are in docs/quality.md's
// section on that set. Cause and fix of styles3 and styles5-10 since round
// 14, which read every misread cause row of styles7-10 and their fix rows:
// tuning scores (docs/quality.md, "Round 14"). Cause and fix of styles2-10
// since round 16 (docs/quality.md, "Round 16"): tuning scores. styles4's
// cause recall floor is lowered from 0.75 to 0.72: one labelled cause ("on
// Friday we reserved some memory ..., so the most a job can now request ...")
// was found by the model only, and the model retrained on round 16's rules no
// longer reaches it; every other set gains cause rows with no false one.
// Round 17 (docs/quality.md, "Round 17") reads that row by rule (a finding
// whose consequence is told in the future) and styles4's floor is back at
// 0.75; styles11-13's cause and fix floors are raised to round 17's tuning
// scores (their first scores are in docs/quality.md).
var stylesFloors = map[string]map[Act]struct{ p, r float64 }{
	"styles": {
		AutoAck: {0.96, 0.99},
		Cause:   {0.92, 0.88}, // retrained on styles-styles18 (cause threshold 0.35 -> 0.45)
		// fix wired in, retrained on styles-styles24 (docs/quality.md, "styles25 and styles26: the first scores");
		// precision 0.71 -> 0.70 and recall 0.87 -> 0.85 (they score 0.71 and 0.86, rounded) when the model was retrained on the cause recall forms (cause_party.go and
		// others): one attempt row ("Tried switching the port, no change") that no rule reads lost the model's
		// vote, while fix over all sets kept its true rows and lost five false ones.
		Fix:      {0.70, 0.85},
		Restored: {0.93, 0.90}, // retrained on styles-styles18, restored wired in
	},
	"styles2": {
		// Its labeller counted the PagerDuty alert that opens 18 as an
		// acknowledgement; the reader reads an opening alert for the problem
		// it states (the labels' rules allow either), so two rows fewer.
		AutoAck: {0.99, 0.98},
		Cause:   {0.94, 0.88}, // retrained on styles-styles24 (docs/quality.md, "styles25 and styles26: the first scores")
		Fix:     {0.60, 0.80}, // round 39 (fix8): the retrained model no longer adds "Retention set to 14 days and deleted old perf runs" (R 0.81 -> 0.80); round 36 (fix7): the model retrained on the new fix forms adds two true fixes fewer here (R 0.83 -> 0.81); fix wired in, retrained on styles-styles24 (docs/quality.md, "styles25 and styles26: the first scores")
		// styles2 restored P 0.91 -> 0.90: the model retrained on every set to styles82 (rule 2 of styles83-86, docs/quality.md "styles83 to styles86: the first scores") reads 58 / 5 / 13 -> 58 / 6 / 13 (tp / fp / fn).
		Restored: {0.90, 0.74}, // retrained on thirty sets (docs/quality.md, "styles27 and styles28: the first scores"); before: the model with the message context (docs/quality.md, "styles21 and styles22: the first scores")
	},
	"styles3": {
		AutoAck:  {0.99, 0.99},
		Cause:    {0.77, 0.91}, // the model with the message context (docs/quality.md, "styles21 and styles22: the first scores")
		Fix:      {0.68, 0.90}, // fix wired in, retrained on styles-styles24 (docs/quality.md, "styles25 and styles26: the first scores")
		Restored: {0.79, 0.75}, // round 62 (r62, docs/quality.md "Round 62"): the model retrained after three fix refusals reads "Login works for 410-418." (unlabelled) as a restoration: 58 / 14 / 8 -> 58 / 15 / 8, P 0.806 -> 0.795, floor 0.80 -> 0.79; round 55 (r55, docs/quality.md "Round 55"): the first person's grant in a request ticket (restored_request_granted.go) reads two rows this writer labels fix alone ("I've created the Local Democracy section ...", "I've created network and email accounts ..."; the newer writers label the form fix+restored): 58 / 14 / 8, P 0.806; the model trained on every set to styles58 (docs/quality.md, "styles59 to styles62: the first scores"): 58 / 12 / 8, P 0.829; the model with the message context (docs/quality.md, "styles21 and styles22: the first scores")
	},
	"styles4": {
		AutoAck:  {0.99, 0.99},
		Cause:    {0.90, 0.72}, // retrained on styles-styles18 (cause threshold 0.35 -> 0.45)
		Fix:      {0.77, 0.91}, // fix wired in, retrained on styles-styles24 (docs/quality.md, "styles25 and styles26: the first scores")
		Restored: {0.95, 0.56}, // back to 0.95 with round 190 (its guard refuses "Once he accepts the invite ..." again) and the model retrained after it: 50 / 2 / 10, P 0.962; round 181 (r181, docs/quality.md "Round 181"): the notYet guard waived where the model is sure reads "Tenants will see the fee gone from their portal balance now." (labelled) and "Once he accepts the invite he should see the folder." (not): 49 / 2 / 11 -> 50 / 3 / 10, P 0.961 -> 0.943, floor 0.95 -> 0.94; round 53 (restored13): restored's model trained without the rules' own restored verdict (docs/quality.md, "Round 53"): 47 / 1 -> 47 / 2
	},
	// styles5 was held out until round 7 was merged (its first score, with
	// round 7 frozen: cause P 0.84 R 0.41, docs/quality.md, "A fifth set");
	// round 8 read its rows.
	"styles5": {
		AutoAck: {0.99, 0.99},
		Cause:   {0.90, 0.76}, // retrained on styles-styles18 (cause threshold 0.35 -> 0.45)
		Fix:     {0.80, 0.85}, // fixprec: the retrained model misses one terse step row (R 0.86 -> 0.85; P 0.85); fix wired in, retrained on styles-styles24 (docs/quality.md, "styles25 and styles26: the first scores")
		// styles5 restored P 0.98 -> 0.97: the model retrained on every set to styles106 (rule 2 of styles107-110, docs/quality.md "styles107 to styles110: the first scores") reads 84 / 1 / 13 -> 84 / 2 / 13 (tp / fp / fn).
		Restored: {0.97, 0.64},
	},
	// styles6 was held out until round 8 and the model were merged: its first
	// score with both frozen (docs/quality.md, "A sixth set"); its restored
	// floor is raised to round 9's score (first score P 0.82 R 0.34), which
	// read its rows, so that floor is a tuning score.
	"styles6": {
		AutoAck: {0.99, 0.99},
		Cause:   {0.89, 0.68},
		Fix:     {0.68, 0.89}, // retrained on thirty sets (docs/quality.md, "styles27 and styles28: the first scores"); before: fix wired in, retrained on styles-styles24 (docs/quality.md, "styles25 and styles26: the first scores")
		// styles6 restored P 0.89 -> 0.88: the model retrained on every set to styles82 (rule 2 of styles83-86, docs/quality.md "styles83 to styles86: the first scores") reads 74 / 8 / 16 -> 75 / 10 / 15 (tp / fp / fn).
		Restored: {0.88, 0.74}, // round 55 (r55, docs/quality.md "Round 55"): a grant read that this writer labels fix alone ("I've added fernleafyoga.com ... to your site."): 75 / 9 / 15, P 0.893; the model trained on every set to styles62 (docs/quality.md, "styles63 to styles66: the first scores"): 75 / 8 / 15, P 0.904; round 53 (restored13): restored's model trained without the rules' own restored verdict (docs/quality.md, "Round 53"): 76 / 6 / 14 -> 75 / 7 / 15; the model trained on every set to styles58: 76 / 6 / 14 (P 0.927); main after rounds 49-50 and branch peract, retrained together: 76 / 5 / 14 (P 0.938); round 36 (fix7): the model retrained on the new fix forms: one false restoration more (P 0.95 -> 0.949); the model trained on styles-styles22 (docs/quality.md, "styles23 and styles24: the first scores")
	},
	// styles7 was held out until round 9 was merged: its first score with
	// round 9 and the model frozen (docs/quality.md, "A seventh set"); its
	// restored floor is round 13's tuning score (first score P 0.58 R 0.29).
	"styles7": {
		AutoAck:  {0.99, 0.99},
		Cause:    {0.89, 0.79}, // round 16 alone 0.81; the model retrained on the merged rules drops one row
		Fix:      {0.67, 0.90}, // fix wired in, retrained on styles-styles24 (docs/quality.md, "styles25 and styles26: the first scores"); round 33's retraining moves one row
		Restored: {0.88, 0.55},
	},
	// styles8 was held out until round 11 was merged: its first score with
	// rounds 10 and 11 and the model frozen (docs/quality.md, "An eighth set");
	// its restored floor is round 13's tuning score (first score P 0.88 R 0.39).
	"styles8": {
		AutoAck: {0.99, 0.99},
		Cause:   {0.91, 0.72},
		Fix:     {0.67, 0.79}, // fix wired in, retrained on styles-styles24 (docs/quality.md, "styles25 and styles26: the first scores")
		// styles8 restored P 0.90 -> 0.89: the model retrained on every set to styles106 (rule 2 of styles107-110, docs/quality.md "styles107 to styles110: the first scores") reads 67 / 7 / 9 -> 67 / 8 / 9 (tp / fp / fn).
		Restored: {0.89, 0.68},
	},
	// styles9 was held out until round 12 was merged: its first score with
	// round 12 and the model frozen (docs/quality.md, "A ninth set"); its
	// restored floor is round 13's tuning score (first score P 0.68 R 0.33).
	"styles9": {
		AutoAck:  {0.99, 0.99},
		Cause:    {0.85, 0.68}, // the model with the message context (docs/quality.md, "styles21 and styles22: the first scores")
		Fix:      {0.64, 0.87}, // retrained on thirty sets (docs/quality.md, "styles27 and styles28: the first scores"); before: fix wired in, retrained on styles-styles24 (docs/quality.md, "styles25 and styles26: the first scores")
		Restored: {0.82, 0.60}, // round 13 read 0.51 through a plan line of a staff-opened change read as a fix
	},
	// styles10 was held out until the session after round 12: its first
	// score with round 12 and the model frozen (docs/quality.md, "A tenth set");
	// its restored floor is round 13's tuning score (first score P 0.95 R 0.32).
	"styles10": {
		AutoAck:  {0.99, 0.99},
		Cause:    {0.87, 0.69}, // retrained on thirty sets (docs/quality.md, "styles27 and styles28: the first scores")
		Fix:      {0.77, 0.84}, // retrained on thirty sets (docs/quality.md, "styles27 and styles28: the first scores"); before: fix wired in, retrained on styles-styles24 (docs/quality.md, "styles25 and styles26: the first scores")
		Restored: {0.93, 0.49}, // round 90's backlog through reads "The 23 orders that were waiting have all printed in one go, ..." (09, labelled none): 45 true 2 false -> 45 / 3 (P 0.957 -> 0.938; docs/quality.md, "Round 90"); before: branch peract: restored trained with λ 3e-4, orp 0.04 (docs/quality.md, "Restored's own penalty and threshold"): 44 true 1 false -> 44 / 2
	},
	// styles11 and styles12 were held out until rounds 13-16 and the type
	// inference were merged: their first scores with all of it frozen
	// (docs/quality.md, "styles11 and styles12: the first scores").
	"styles11": {
		AutoAck:  {0.97, 0.99},
		Cause:    {0.68, 0.65},
		Fix:      {0.69, 0.68}, // retrained on thirty sets (docs/quality.md, "styles27 and styles28: the first scores"); before: fix wired in, retrained on styles-styles24 (docs/quality.md, "styles25 and styles26: the first scores")
		Restored: {0.73, 0.57}, // round 20 (round 18 was the first to raise it; first score P 0.68 R 0.45)
	},
	"styles12": {
		AutoAck:  {0.97, 0.99},
		Cause:    {0.76, 0.52},
		Fix:      {0.67, 0.78}, // fix wired in, retrained on styles-styles24 (docs/quality.md, "styles25 and styles26: the first scores")
		Restored: {0.84, 0.50}, // round 20 (round 18 was the first to raise it; first score P 0.79 R 0.34)
	},
	// styles13 and styles14 were held out until the splitter audit and the
	// restored model's guards were merged: their first scores with all of it
	// frozen (docs/quality.md, "styles13 and styles14: the first scores").
	"styles13": {
		AutoAck:  {0.99, 0.99},
		Cause:    {0.88, 0.57}, // retrained on thirty sets (docs/quality.md, "styles27 and styles28: the first scores"); before: the model trained on styles-styles22 (docs/quality.md, "styles23 and styles24: the first scores")
		Fix:      {0.60, 0.63}, // round 36 (fix7): the model retrained on the new fix forms adds one true fix fewer (R 0.65 -> 0.635); fixprec: one instruction row the retrained model no longer adds (R 0.66 -> 0.65; P 0.69); fix wired in, retrained on styles-styles24 (docs/quality.md, "styles25 and styles26: the first scores"); before: round 19 (staff notes with no subject)
		Restored: {0.78, 0.64}, // fixprec: one row, model retrained (R 0.66 -> 0.647, P just under 0.79); retrained on styles-styles18, restored wired in
	},
	"styles14": {
		AutoAck:  {0.99, 0.99}, // first score R 0.91: its chat widgets' welcomes that open three tickets
		Cause:    {0.81, 0.51}, // the model with the message context (docs/quality.md, "styles21 and styles22: the first scores")
		Fix:      {0.72, 0.79}, // fix wired in, retrained on styles-styles24 (docs/quality.md, "styles25 and styles26: the first scores"); before: round 19 (first score P 0.71 R 0.67)
		Restored: {0.83, 0.72}, // retrained on styles-styles18, restored wired in; P 0.84 -> 0.83: the model retrained on every set to styles110 (rule 2 of styles111-114, docs/quality.md "styles111 to styles114: the first scores") reads one false restoration more, 45 / 8 / 6 -> 45 / 9 / 6 (P 0.833)
	},
	// styles15 and styles16 were held out until rounds 17 and 18 were
	// merged: their first scores with all of it frozen (docs/quality.md,
	// "styles15 and styles16: the first scores").
	"styles15": {
		AutoAck:  {0.99, 0.99},
		Cause:    {0.82, 0.50},
		Fix:      {0.65, 0.76}, // fix wired in, retrained on styles-styles24 (docs/quality.md, "styles25 and styles26: the first scores"); before: round 19 (first score P 0.64 R 0.64)
		Restored: {0.80, 0.41}, // the model with the message context (docs/quality.md, "styles21 and styles22: the first scores")
	},
	"styles16": {
		AutoAck:  {0.99, 0.99},
		Cause:    {0.77, 0.59}, // retrained on thirty sets (docs/quality.md, "styles27 and styles28: the first scores"); before: retrained on styles-styles24 (docs/quality.md, "styles25 and styles26: the first scores"); before: round 19 (first score P 0.77 R 0.53)
		Fix:      {0.58, 0.63}, // fix wired in, retrained on styles-styles24 (docs/quality.md, "styles25 and styles26: the first scores"); before: round 19 (first score P 0.56 R 0.52)
		Restored: {0.71, 0.76}, // retrained on styles-styles18, restored wired in
	},
	// styles17 and styles18 were held out until rounds 19 and 20 were
	// merged: their first scores with all of it frozen (docs/quality.md,
	// "styles17 and styles18: the first scores").
	"styles17": {
		AutoAck:  {0.99, 0.99},
		Cause:    {0.76, 0.35},
		Fix:      {0.65, 0.75}, // fix wired in, retrained on styles-styles24 (docs/quality.md, "styles25 and styles26: the first scores")
		Restored: {0.60, 0.38},
	},
	"styles18": {
		AutoAck:  {0.99, 0.98},
		Cause:    {0.84, 0.50},
		Fix:      {0.64, 0.83}, // fix wired in, retrained on styles-styles24 (docs/quality.md, "styles25 and styles26: the first scores")
		Restored: {0.78, 0.41}, // retrained on thirty sets (docs/quality.md, "styles27 and styles28: the first scores")
	},
	// styles19 and styles20 were held out until the model was retrained on
	// styles-styles18 with restored wired in: their first scores with it
	// frozen (docs/quality.md, "styles19 and styles20: the first scores").
	"styles19": {
		AutoAck: {0.91, 0.99},
		Cause:   {0.73, 0.35},
		Fix:     {0.60, 0.67}, // fix wired in, retrained on styles-styles24 (docs/quality.md, "styles25 and styles26: the first scores")
		// styles19 restored P 0.77 -> 0.75: the model retrained on every set to styles82 (rule 2 of styles83-86, docs/quality.md "styles83 to styles86: the first scores") reads 36 / 10 / 8 -> 38 / 12 / 6 (tp / fp / fn).
		// styles19 restored P 0.75 -> 0.74: round 92 (r92, docs/quality.md "Round 92") refuses the restated outage "our monitoring shows all gates at the Kogel valley station offline since 08:12, ..." as a cause, and main's model, not retrained, then reads it as a restoration (labelled none): 38 / 12 / 6 -> 38 / 13 / 6 (P 0.760 -> 0.745).
		Restored: {0.74, 0.65}, // round 64 (r64, docs/quality.md "Round 64"): the clean verdict reads a part found clean on a visit ("Windows clean this time."), labelled none: 38 / 10 / 6 (P 0.79) -> 38 / 11 / 6 (P 0.776); before, round 55 (r55, docs/quality.md "Round 55"): the model retrained on round 55's forms reads one false restoration more ("Advised running it through conduit under the gutter."): 39 / 10 / 5, P 0.796
	},
	"styles20": {
		AutoAck:  {0.97, 0.99},
		Cause:    {0.92, 0.51},
		Fix:      {0.63, 0.73}, // fix wired in, retrained on styles-styles24 (docs/quality.md, "styles25 and styles26: the first scores")
		Restored: {0.75, 0.56},
	},
	// styles21 and styles22 were held out until the model was given the
	// message's context and trained on styles-styles20: their first scores
	// with it frozen (docs/quality.md, "styles21 and styles22: the first
	// scores").
	"styles21": {
		AutoAck:  {0.97, 0.99},
		Cause:    {0.62, 0.51},
		Fix:      {0.64, 0.79}, // retrained on thirty sets (docs/quality.md, "styles27 and styles28: the first scores"); before: fix wired in, retrained on styles-styles24 (docs/quality.md, "styles25 and styles26: the first scores")
		Restored: {0.72, 0.57}, // retrained on thirty sets (docs/quality.md, "styles27 and styles28: the first scores"); before: retrained on styles-styles24 (docs/quality.md, "styles25 and styles26: the first scores")
	},
	"styles22": {
		AutoAck:  {0.99, 0.99},
		Cause:    {0.89, 0.59}, // the model retrained with rounds 108-115 (docs/quality.md, "The model retrained with rounds 108-115") reads one false cause more: 25 / 2 / 7, P 0.926; P 0.92 -> 0.89: the model retrained on every set to styles110 (rule 2 of styles111-114, docs/quality.md "styles111 to styles114: the first scores") one more, 25 / 3 / 7 (P 0.893)
		Fix:      {0.68, 0.78}, // fix wired in, retrained on styles-styles24 (docs/quality.md, "styles25 and styles26: the first scores")
		Restored: {0.77, 0.53},
	},
	// styles23 and styles24 were held out until the end of the session
	// that gave the model restored and the message's context: their first
	// scores with the model trained on styles-styles22 (docs/quality.md,
	// "styles23 and styles24: the first scores").
	"styles23": {
		AutoAck:  {0.99, 0.99},
		Cause:    {0.89, 0.59},
		Fix:      {0.61, 0.78}, // retrained on thirty sets (docs/quality.md, "styles27 and styles28: the first scores"); before: fix wired in, retrained on styles-styles24 (docs/quality.md, "styles25 and styles26: the first scores")
		Restored: {0.78, 0.60},
	},
	"styles24": {
		AutoAck:  {0.92, 0.99},
		Cause:    {0.70, 0.52},
		Fix:      {0.57, 0.69}, // fix wired in, retrained on styles-styles24 (docs/quality.md, "styles25 and styles26: the first scores")
		Restored: {0.76, 0.65},
	},
	// styles25 and styles26: their first scores, held out until then
	// (docs/quality.md, "styles25 and styles26: the first scores").
	"styles25": {
		AutoAck:  {1.00, 1.00},
		Cause:    {0.71, 0.60},
		Fix:      {0.63, 0.66},
		Restored: {0.66, 0.52},
	},
	"styles26": {
		AutoAck:  {0.98, 1.00},
		Cause:    {0.76, 0.64},
		Fix:      {0.62, 0.71},
		Restored: {0.74, 0.57},
	},
	// styles27 and styles28: their first scores, held out until the end of
	// the session that wrote them (docs/quality.md, "styles27 and styles28:
	// the first scores").
	"styles27": {
		AutoAck:  {1.00, 1.00},
		Cause:    {0.82, 0.88},
		Fix:      {0.81, 0.70},
		Restored: {0.65, 0.63},
	},
	"styles28": {
		AutoAck: {0.97, 1.00},
		Cause:   {0.71, 0.53},
		Fix:     {0.71, 0.66},
		// round 21 (restored_confirmed.go): the retrained model adds one
		// false row here (a fix stated in the present) for the recall gained
		// over all sets; precision 0.92 -> 0.90, recall 0.64. Round 84
		// (restored_customer_received.go, docs/quality.md "Round 84"):
		// "Received, many thanks." (07, labelled none) is read, tp / fp / fn
		// 35 / 3 / 9 -> 35 / 4 / 9 (P 0.921 -> 0.897); over the tuning sets
		// the rule reads 5 true rows and this one false: 0.90 -> 0.89.
		Restored: {0.89, 0.54},
	},
	// styles33 and styles34: their first scores, held out until the end of
	// the session that wrote them (docs/quality.md, "styles33 and styles34:
	// the first scores").
	"styles33": {
		AutoAck: {1.00, 1.00},
		// styles33 cause P 0.86 -> 0.85: the model retrained on every set to styles82 (rule 2 of styles83-86, docs/quality.md "styles83 to styles86: the first scores") reads 24 / 3 / 4 -> 24 / 4 / 4 (tp / fp / fn).
		Cause:    {0.85, 0.67},
		Fix:      {0.79, 0.77},
		Restored: {0.72, 0.55}, // 21 true, 8 false after rounds 21-26 (was 0.73: one false restoration more)
	},
	"styles34": {
		AutoAck: {1.00, 1.00},
		Cause:   {0.85, 0.75},
		// 0.70 -> 0.68 (split2): "... permitted in Zone A. The penalty charge
		// notice ... has been cancelled ..." is now split where its labeller
		// split it, and the second sentence alone is read as no fix (a reading
		// gap, not a split one).
		Fix:      {0.75, 0.68},
		Restored: {0.71, 0.69},
	},
	// styles35 and styles36: their first scores, held out until the end of
	// the session that wrote them (docs/quality.md, "styles35 and styles36:
	// the first scores").
	"styles35": {
		AutoAck:  {1.00, 1.00},
		Cause:    {0.65, 0.60},
		Fix:      {0.66, 0.70},
		Restored: {0.79, 0.78}, // branch peract: restored trained with λ 3e-4, orp 0.04 (docs/quality.md, "Restored's own penalty and threshold"): 34 / 7 -> 34 / 9
	},
	"styles36": {
		AutoAck:  {1.00, 1.00},
		Cause:    {0.72, 0.69},
		Fix:      {0.69, 0.70},
		Restored: {0.76, 0.56}, // round 68 (r68, docs/quality.md "Round 68"): the model retrained after the two restored rules reads "Any paper declarations ... can be keyed in as normal." (unlabelled): 35 / 10 / 15 -> 35 / 11 / 15, P 0.778 -> 0.761, floor 0.77 -> 0.76; the model shipped with styles75-78's first scores (rule 2; all words, λ 3e-4, orp4; docs/quality.md, "styles75 to styles78: the first scores"): 35 / 8 / 15 -> 35 / 10 / 15, P 0.778
	},
	// styles43 to styles46: their first scores, held out until the end of
	// the session that had them written, with the reader shipped by the rule
	// written before them (docs/quality.md, "styles43 to styles46: the first
	// scores").
	"styles43": {
		AutoAck:  {0.98, 1.00},
		Cause:    {0.77, 0.74}, // round 40: the party's finding, nobody's step, too much, only part, damage, a stale destination (recall 0.62 before)
		Fix:      {0.79, 0.65},
		Restored: {0.78, 0.78},
	},
	"styles44": {
		AutoAck:  {0.95, 1.00},
		Cause:    {0.74, 0.84}, // round 40: the party's finding, nobody's step, too much, only part, damage, a stale destination (recall 0.76 before)
		Fix:      {0.78, 0.60},
		Restored: {0.78, 0.65}, // P 0.80 -> 0.78: the model retrained on every set to styles110 (rule 2 of styles111-114, docs/quality.md "styles111 to styles114: the first scores") reads one false restoration more, 30 / 7 / 8 -> 30 / 8 / 8 (P 0.789)
	},
	"styles45": {
		AutoAck:  {0.98, 1.00},
		Cause:    {0.89, 0.73},
		Fix:      {0.79, 0.68}, // the model shipped with styles75-78's first scores (rule 2; all words, λ 3e-4, orp4; docs/quality.md, "styles75 to styles78: the first scores"): 34 / 6 / 11 -> 34 / 9 / 11, P 0.791; round 39 (fix8): nowPresentStep reads "It now runs straight into the morning uploads." (unlabelled; P 0.86 -> 0.84)
		Restored: {0.69, 0.58},
	},
	"styles46": {
		AutoAck:  {1.00, 1.00},
		Cause:    {0.81, 0.77}, // round 40: the party's finding, nobody's step, too much, only part, damage, a stale destination (recall 0.66 before)
		Fix:      {0.83, 0.71}, // the model trained on every set to styles98 (rule 2 of styles99-102, docs/quality.md "styles99 to styles102: the first scores"): 51 / 8 / 12 -> 51 / 10 / 12, P 0.836
		Restored: {0.76, 0.58}, // round 36 (fix7): the model retrained on the new fix forms: one false restoration more (P 0.78 -> 0.765)
	},
	// styles47 to styles50: written for training and tuning; their first scores,
	// with the rules of rounds 27-30 and the model trained on thirty-six sets
	// (docs/quality.md, "styles47 to styles50").
	"styles47": {
		AutoAck:  {1.00, 1.00},
		Cause:    {0.81, 0.75}, // round 32's retraining: one true cause fewer (0.82, 0.79)
		Fix:      {0.66, 0.75},
		Restored: {0.75, 0.55}, // round 36 (fix7): the model retrained on the new fix forms: one true restoration fewer (R 0.57 -> 0.553)
	},
	"styles48": {
		AutoAck:  {1.00, 1.00},
		Cause:    {0.80, 0.67}, // round 40: the party's finding, nobody's step, too much, only part, damage, a stale destination (recall 0.61 before)
		Fix:      {0.67, 0.61}, // round 39 (fix8): the retrained model no longer adds "In the meantime you can e-mail the snag photos ..." (R 0.636 -> 0.618); round 36 (fix7): the model retrained on the new fix forms: one true fix fewer (R 0.65 -> 0.636)
		Restored: {0.66, 0.50}, // round 36 (fix7): the model retrained on the new fix forms: one false restoration more (P 0.69 -> 0.667)
	},
	"styles49": {
		AutoAck:  {0.95, 1.00},
		Cause:    {0.77, 0.68},
		Fix:      {0.76, 0.61}, // round 32: the model reads a fix after the new true cause (0.78)
		Restored: {0.78, 0.78}, // the model shipped with styles75-78's first scores (rule 2; all words, λ 3e-4, orp4; docs/quality.md, "styles75 to styles78: the first scores"): 33 / 8 / 5 -> 33 / 9 / 5, P 0.786; round 55 (r55, docs/quality.md "Round 55"): a grant read that this writer labels fix alone ("I've set up till and lane booking logins for all six of you ..."): 33 / 8 / 5, P 0.805
	},
	"styles50": {
		AutoAck:  {1.00, 1.00},
		Cause:    {0.82, 0.65}, // round 37 merged with rounds 35 and 36, the model retrained on all three: 23 true, 5 false (0.76, 0.65 before)
		Fix:      {0.72, 0.75},
		Restored: {0.81, 0.66}, // round 55 (r55, docs/quality.md "Round 55"): a grant read that this writer labels fix alone ("I've set up the outbound TLS policy ..."): 30 / 7 / 12, P 0.811; the model with word pairs (branch bigram; shipped as pairs of three writers or more, bigram2) adds two true restorations fewer here (28/6/14, R 0.69 -> 0.667); over styles37-54, unseen by the model, it gains five (docs/quality.md, "The model with word pairs")
	},
	// styles51 to styles54: held out until scored once at the session's end
	// (docs/quality.md, "styles51 to styles54: the first scores"); their first
	// scores with the shipped reader, rounded down.
	"styles51": {
		AutoAck:  {1.00, 1.00},
		Cause:    {0.65, 0.59},
		Fix:      {0.75, 0.64},
		Restored: {0.71, 0.56}, // round 53 (restored13): restored's model trained without the rules' own restored verdict (docs/quality.md, "Round 53"): 28 / 10 -> 28 / 11
	},
	"styles52": {
		AutoAck:  {0.86, 1.00},
		Cause:    {0.77, 0.80},
		Fix:      {0.75, 0.70},
		Restored: {0.68, 0.54}, // round 55 (r55, docs/quality.md "Round 55"): two more true rows (a grant, a monitor's "Info: QUEUE OK") and two false ones, lines of the same recovery notice the writer left unlabelled ("Notification Type: RECOVERY", "State: OK"; restored_monitor.go): 26 / 12 / 16, P 0.684; round 46 (cause9): the model reads a false restoration ("Log out of LIMS and back in and it'll be there.") after the new true cause before it ("Reprint needs the ... permission and your account only has ..."): 23 true, 10 false (P 0.719 -> 0.697)
	},
	"styles53": {
		AutoAck:  {0.84, 1.00},
		Cause:    {0.78, 0.78},
		Fix:      {0.64, 0.75}, // the model shipped with styles75-78's first scores (rule 2; all words, λ 3e-4, orp4; docs/quality.md, "styles75 to styles78: the first scores"): 31 / 14 / 6 -> 33 / 18 / 4, P 0.647
		Restored: {0.80, 0.51},
	},
	"styles54": {
		AutoAck: {0.96, 1.00},
		Cause:   {0.78, 0.88},
		Fix:     {0.66, 0.75}, // round 46 (cause9): the retrained model no longer adds "In the meantime you can get the reply in by editing ..." once "A permanent fix is due to go live ..." beside it is no cause (R 0.771 -> 0.750; P 0.661 -> 0.667)
		// styles54 restored P 0.82 -> 0.79: the model retrained on every set to styles82 (rule 2 of styles83-86, docs/quality.md "styles83 to styles86: the first scores") reads 38 / 8 / 5 -> 38 / 10 / 5 (tp / fp / fn).
		Restored: {0.79, 0.81}, // round 55 (r55, docs/quality.md "Round 55"): a monitor's recovery line the writer labelled auto_ack alone ("State: OK (was CRITICAL for 62m)"; restored_monitor.go): 37 / 8 / 6, P 0.822
	},
	// styles55 to styles58: held out until scored once at the session's end
	// (docs/quality.md, "styles55 to styles58: the first scores"); their first
	// scores with the shipped reader (round 45 reverted by rule 1, the model
	// trained on fifty-four sets by rule 2; never trained on these), rounded down.
	"styles55": {
		AutoAck:  {0.97, 1.00},
		Cause:    {0.74, 0.78},
		Fix:      {0.70, 0.80}, // the model shipped with styles75-78's first scores (rule 2; all words, λ 3e-4, orp4; docs/quality.md, "styles75 to styles78: the first scores"): 48 / 16 / 8 -> 50 / 21 / 6, P 0.704
		Restored: {0.80, 0.57}, // branch peract: restored trained with λ 3e-4, orp 0.04 (docs/quality.md, "Restored's own penalty and threshold"): 32 / 6 -> 34 / 8; with rounds 49-50, retrained together: 34 / 8 / 22 (P 0.8095)
	},
	"styles56": {
		AutoAck: {0.94, 0.98},
		// the model shipped with styles75-78's first scores (rule 2; all words, λ 3e-4, orp4; docs/quality.md, "styles75 to styles78: the first scores"): 24 / 2 / 4 -> 24 / 4 / 4, P 0.857.
		Cause: {0.85, 0.78},
		// 0.77 -> 0.76 in round 49 (branch cause11): the model retrained on
		// the round's cause refusals adds one false fix here (fix fp 73 -> 74
		// over styles55-58), while cause over styles55-58 gains a true row.
		Fix:      {0.76, 0.70},
		Restored: {0.51, 0.59},
	},
	"styles57": {
		AutoAck: {0.96, 1.00},
		Cause:   {0.78, 0.84},
		// the model shipped with styles75-78's first scores (rule 2; all words, λ 3e-4, orp4; docs/quality.md, "styles75 to styles78: the first scores"): 44 / 21 / 9 -> 48 / 26 / 5, P 0.649.
		// styles57 fix P 0.64 -> 0.63: the model retrained on every set to styles82 (rule 2 of styles83-86, docs/quality.md "styles83 to styles86: the first scores") reads 47 / 26 / 6 -> 46 / 26 / 7 (tp / fp / fn).
		Fix: {0.63, 0.81},
		// Lowered 0.77 -> 0.75 by round 50 (fix13, since reverted by rule 1 of
		// styles59-62): its retrained model added one false restored row here
		// (24 / 7 / 25 -> 24 / 8 / 25). With the model trained on every set to
		// styles58: 30 / 6 / 19.
		Restored: {0.75, 0.48},
	},
	"styles58": {
		AutoAck:  {1.00, 1.00},
		Cause:    {0.87, 0.82},
		Fix:      {0.67, 0.77},
		Restored: {0.77, 0.50}, // branch peract: restored trained with λ 3e-4, orp 0.04 (docs/quality.md, "Restored's own penalty and threshold"): 33 / 7 -> 35 / 10; with rounds 49-50, retrained together: 35 / 10 / 31 (P 0.778)
	},
	// styles59 to styles62: their first scores, held out until the end of
	// the session after the one that had them written (docs/quality.md,
	// "styles59 to styles62: the first scores"), rounded down (a score that
	// is a round figure one hundredth lower).
	"styles59": {AutoAck: {0.99, 0.99}, Cause: {0.79, 0.71},
		// round 52 (branch cause12): 0.79 -> 0.77. A sentence its cause
		// refusals no longer read as a cause opens the fix rules' gate
		// (acts&Cause == 0), as in round 49: fix 49 / 13 / 6 -> 49 / 14 / 6
		// (P 0.790 -> 0.778), with the shipped model and retrained alike.
		Fix: {0.77, 0.89},
		// round 53 (restored13): restored's model trained without the rules'
		// own restored verdict (docs/quality.md, "Round 53"): restored 34 / 9
		// / 12 -> 35 / 10 / 11
		Restored: {0.77, 0.73}},
	// styles60 fix P 0.77 -> 0.76: the model retrained with rounds 89-97
	// (docs/quality.md "The model retrained with rounds 89-97") reads one
	// false fix more there (55 / 17 / 6, P 0.764).
	"styles60": {AutoAck: {0.99, 0.99}, Cause: {0.70, 0.88}, Fix: {0.76, 0.83}, Restored: {0.73, 0.69}},
	// styles61 restored P 0.90 -> 0.89: round 97's opening after a remedy (restored_opened_after_remedy.go) reads 03's "Plugged back in, light is green now." (the customer's step with its light, labelled fix): 41 / 4 / 3 -> 41 / 5 / 3 (P 0.911 -> 0.891).
	"styles61": {AutoAck: {0.99, 0.99}, Cause: {0.81, 0.81}, Fix: {0.71, 0.85}, Restored: {0.89, 0.86}}, // round 68 (r68, docs/quality.md "Round 68"): fix 46 / 17 / 8 -> 46 / 18 / 8, P 0.730 -> 0.719, floor 0.73 -> 0.71: the model retrained after the two restored rules reads "All 14 have come through and the bookings ... now show as deposit paid." (labelled restored) as a fix too
	// styles62 restored R 0.76 -> 0.73 and styles64 restored P 0.79 -> 0.78:
	// the model shipped with styles75-78's first scores (rule 2; all words, λ 3e-4, orp4; docs/quality.md, "styles75 to styles78: the first scores") reads 29 / 10 / 9 -> 28 / 10 / 10 (R 0.737) and 34 / 9 / 8 -> 32 / 9 / 10 (P 0.780).
	"styles62": {AutoAck: {0.99, 0.99}, Cause: {0.69, 0.89}, Fix: {0.62, 0.90}, Restored: {0.67, 0.73}},
	// styles63 to styles66: their first scores, held out until the end of
	// the session after the one that had them written (docs/quality.md,
	// "styles63 to styles66: the first scores"), with the reader shipped
	// (E4-all: the model trained on every set to styles62), rounded down.
	"styles63": {AutoAck: {0.98, 0.99}, Cause: {0.84, 0.59}, Fix: {0.68, 0.72}, Restored: {0.72, 0.60}},
	// styles64 restored P 0.78 -> 0.76: the model retrained on every set to styles82 (rule 2 of styles83-86, docs/quality.md "styles83 to styles86: the first scores") reads 32 / 9 / 10 -> 32 / 10 / 10 (tp / fp / fn).
	"styles64": {AutoAck: {0.98, 0.99}, Cause: {0.78, 0.54}, Fix: {0.68, 0.73}, Restored: {0.76, 0.66}},
	// The model retrained on every scored set to styles94 (rule 2 of the rule
	// styles95-98 decided, docs/quality.md "styles95 to styles98: the first
	// scores"): restored 28 / 3 / 6 -> 28 / 4 / 6 (P 0.875); on every set to
	// styles98 (rule 2 of styles99-102, docs/quality.md "styles99 to
	// styles102: the first scores"): 28 / 4 / 6 -> 28 / 5 / 6 (P 0.848).
	"styles65": {AutoAck: {0.93, 0.99}, Cause: {0.73, 0.78}, Fix: {0.70, 0.78}, Restored: {0.84, 0.70}},
	"styles66": {AutoAck: {0.99, 0.98}, Cause: {0.73, 0.69}, Fix: {0.67, 0.72}, Restored: {0.72, 0.68}},
	// styles67 to styles70: their first scores (docs/quality.md, "styles67
	// to styles70: the first scores"), with the reader shipped (E5: rounds
	// 54-55, the model trained on every set to styles62), rounded down; a
	// score of a round figure takes the step below.
	// styles67 restored P 0.72 -> 0.71: the model retrained on every set to styles82 (rule 2 of styles83-86, docs/quality.md "styles83 to styles86: the first scores") reads 23 / 8 / 12 -> 23 / 9 / 12 (tp / fp / fn).
	"styles67": {AutoAck: {0.94, 0.99}, Cause: {0.86, 0.70}, Fix: {0.73, 0.80}, Restored: {0.71, 0.59}},
	"styles68": {AutoAck: {0.98, 0.99}, Cause: {0.74, 0.91}, Fix: {0.76, 0.90}, Restored: {0.67, 0.76}},
	"styles69": {AutoAck: {0.94, 0.99}, Cause: {0.82, 0.70}, Fix: {0.56, 0.77}, Restored: {0.65, 0.78}},
	"styles70": {AutoAck: {0.86, 0.99}, Cause: {0.72, 0.74}, Fix: {0.62, 0.85}, Restored: {0.65, 0.74}},
	// styles71 to styles74: their first scores (docs/quality.md, "styles71
	// to styles74: the first scores"), with the reader shipped (E6 without
	// rounds 57 and 60, the model trained on every set to styles70), rounded
	// down; a score of a round figure takes the step below.
	"styles71": {AutoAck: {0.99, 0.99}, Cause: {0.69, 0.87}, Fix: {0.67, 0.81}, Restored: {0.70, 0.79}},
	// styles72 cause R 0.78 -> 0.77: round 252's relabel (docs/labelling.md's round-251 border 2, a log line quoted) takes the cause off 01/3 "Task history: 'logon failure: ...'", read as a cause: 15 / 5 / 4 -> 14 / 6 / 4 (R 0.778).
	"styles72": {AutoAck: {0.95, 0.99}, Cause: {0.59, 0.72}, Fix: {0.59, 0.81}, Restored: {0.62, 0.72}},
	// styles73 restored P 0.78 -> 0.77: round 109's spot check reads "History spot-checked on F04 and F11, intact." (07, labelled none), 35 / 9 / 6 -> 35 / 10 / 6 (P 0.778);
	// -> 0.76: the model trained on every set to styles98 (rule 2 of styles99-102, docs/quality.md "styles99 to styles102: the first scores"), 35 / 10 / 6 -> 35 / 11 / 6 (P 0.761).
	"styles73": {AutoAck: {0.98, 0.99}, Cause: {0.85, 0.82}, Fix: {0.69, 0.80}, Restored: {0.76, 0.80}},
	// styles74 fix P 0.64 -> 0.61: the model shipped with styles75-78's first scores (rule 2; all words, λ 3e-4, orp4; docs/quality.md, "styles75 to styles78: the first scores"), now trained on styles71-74, reads 31 / 17 / 10 -> 35 / 22 / 6 (P 0.614).
	"styles74": {AutoAck: {0.99, 0.99}, Cause: {0.81, 0.81}, Fix: {0.61, 0.75}, Restored: {0.69, 0.71}},
	// styles75 to styles78: their first scores (docs/quality.md, "styles75
	// to styles78: the first scores"), with the reader shipped (E7's rules,
	// the study's model trained on every set to styles74 by rule 2), rounded
	// down; a score of a round figure takes the step below.
	"styles75": {AutoAck: {0.95, 0.99}, Cause: {0.59, 0.69}, Fix: {0.64, 0.63}, Restored: {0.71, 0.76}}, // rounds 66-68 merged and the model retrained: cause 9 / 5 / 4 -> 9 / 6 / 4, P 0.643 -> 0.600, floor 0.64 -> 0.59 (validation: rows unread; styles77 gained what styles75 lost, 14 / 10 / 8 -> 14 / 9 / 8)
	// styles76 fix P 0.72 -> 0.70: the model retrained with round 73's three fix refusals (docs/quality.md, "Round 73") adds one false fix, a question ("Did you manage to upload the photos, or want you to send them by e-mail?"): tp / fp / fn 31 / 12 / 9 -> 31 / 13 / 9 (P 0.721 -> 0.705); tuning fix fp 1262 -> 1229 over all sets.
	"styles76": {AutoAck: {0.99, 0.99}, Cause: {0.82, 0.58}, Fix: {0.70, 0.77}, Restored: {0.81, 0.56}},
	// styles77 fix P 0.61 -> 0.60: the model retrained with round 66's three cause rules (docs/quality.md, "Round 66") reads 42 / 26 / 10 -> 42 / 27 / 10 (P 0.618 -> 0.609), validation fix P over styles75-78 0.676 -> 0.673.
	"styles77": {AutoAck: {0.99, 0.99}, Cause: {0.58, 0.63}, Fix: {0.60, 0.80}, Restored: {0.74, 0.78}},
	// styles78 fix P 0.71 -> 0.70: round 72's checkCameBackFine (docs/quality.md, "Round 72") refuses the false cause "Checked 2 other HSN parents who cancelled the same week - their charges were removed correctly." (unlabelled), which the rules then read as a fix: 42 / 17 / 7 -> 42 / 18 / 7 (P 0.712 -> 0.700).
	"styles78": {AutoAck: {0.99, 0.99}, Cause: {0.74, 0.54}, Fix: {0.70, 0.85}, Restored: {0.64, 0.64}},
	// styles79 to styles82: their first scores (docs/quality.md, "styles79
	// to styles82: the first scores"), with the reader shipped (E8's rules,
	// the model trained on every set to styles74, kept by rule 2), rounded
	// down; a score of a round figure takes the step below.
	// styles79 restored P 0.72 -> 0.70: the model retrained with round 75's two fix forms (docs/quality.md, "Round 75") reads one more false restoration, tp / fp / fn 29 / 11 / 10 -> 29 / 12 / 10 (P 0.725 -> 0.707); restored P over styles79-82 0.634 -> 0.629, within the round's 0.01 (validation: rows unread).
	"styles79": {AutoAck: {0.87, 0.98}, Cause: {0.65, 0.63}, Fix: {0.50, 0.58}, Restored: {0.70, 0.74}},
	"styles80": {AutoAck: {0.92, 0.99}, Cause: {0.62, 0.77}, Fix: {0.53, 0.81}, Restored: {0.74, 0.68}},
	"styles81": {AutoAck: {0.94, 0.99}, Cause: {0.63, 0.76}, Fix: {0.61, 0.80}, Restored: {0.54, 0.62}},
	// styles82 cause P 0.55 -> 0.53: the model retrained with round 74's two cause refusals (as styles79) reads one more false cause: 15 / 12 / 1 -> 15 / 13 / 1 (P 0.556 -> 0.536); the row was not read (validation).
	"styles82": {AutoAck: {0.99, 0.99}, Cause: {0.53, 0.93}, Fix: {0.59, 0.80}, Restored: {0.51, 0.87}},
	// styles83 to styles86: their first scores (docs/quality.md, "styles83
	// to styles86: the first scores"), with the reader shipped (E9's rules,
	// the model trained on every set to styles82, kept by rule 2), rounded
	// down; a score of a round figure takes the step below.
	// The model retrained on every scored set to styles94 (rule 2 of the rule
	// styles95-98 decided, docs/quality.md "styles95 to styles98: the first
	// scores"): restored 30 / 13 / 6 -> 30 / 14 / 6 (P 0.682).
	"styles83": {AutoAck: {0.98, 0.99}, Cause: {0.77, 0.77}, Fix: {0.61, 0.85}, Restored: {0.68, 0.80}},
	// styles84 cause P 0.77 -> 0.74: the model retrained with round 82's three cause refusals (docs/quality.md, "Round 82") reads one more false cause: 24 / 7 / 2 -> 24 / 8 / 2 (P 0.774 -> 0.750, a round figure, so the step below); cause P over styles83-86 0.735 -> 0.730, within 0.01 (validation: rows unread).
	"styles84": {AutoAck: {0.99, 0.99}, Cause: {0.74, 0.92}, Fix: {0.69, 0.89}, Restored: {0.69, 0.78}},
	// styles85 restored R 0.67 -> 0.65: the same retrained model reads one true restoration fewer: 33 / 23 / 16 -> 32 / 23 / 17 (R 0.673 -> 0.653); restored R over styles83-86 0.748 -> 0.742, within 0.01 (validation: rows unread).
	"styles85": {AutoAck: {0.96, 0.99}, Cause: {0.67, 0.63}, Fix: {0.74, 0.72}, Restored: {0.58, 0.65}},
	"styles86": {AutoAck: {0.99, 0.99}, Cause: {0.73, 0.73}, Fix: {0.67, 0.78}, Restored: {0.75, 0.75}},
	// styles87 to styles90: their first scores (docs/quality.md, "styles87
	// to styles90: the first scores"), with the reader shipped (E10: rounds
	// 82-84, 87 and 88, the model trained on every set to styles82, kept
	// by rule 2), rounded down; a score of a round figure takes the step
	// below.
	"styles87": {AutoAck: {0.99, 0.99}, Cause: {0.72, 0.72}, Fix: {0.73, 0.72}, Restored: {0.72, 0.62}},
	// The model retrained with rounds 89-97 (docs/quality.md "The model
	// retrained with rounds 89-97"; validation rows unread): styles88 cause
	// 20 / 3 / 3 -> 20 / 4 / 3 (P 0.833), fix 42 / 13 / 12 -> 41 / 12 / 13
	// (R 0.759); styles89 fix 46 / 17 / 8 -> 45 / 17 / 9 (P 0.726, R 0.833); styles90
	// cause 18 / 3 / 6 -> 17 / 3 / 7 (R 0.708). Without the retraining the
	// rules of rounds 89-97 read these sets as at their first scores or
	// better; retrained without rounds 89 and 92 (cause) or without round
	// 95 (fix), the model moves them by one row either way as well.
	// The model retrained with rounds 98-99 (docs/quality.md "The model
	// retrained with rounds 98-99": round 98's restored refusals bind its
	// training too; retrained without round 98 it reads these sets as
	// before): restored styles88 33 / 10 / 8 -> 31 / 9 / 10 (R 0.756),
	// styles89 26 / 12 / 12 -> 25 / 11 / 13 (R 0.658), styles90 32 / 6 / 19 ->
	// 31 / 6 / 20 (P 0.838, R 0.608), styles93 (validation, rows unread) 28 / 16 / 12
	// -> 27 / 16 / 13 (P 0.628, R 0.675).
	// The model retrained with rounds 100-107 (docs/quality.md "The model
	// retrained with rounds 100-107"): round 104's refusal of an explanation
	// as a fix leaves 12's explanation of how the product works to the
	// model, which reads it as a cause: styles88 cause 20 / 4 / 3 -> 20 / 5 / 3
	// (P 0.800).
	"styles88": {AutoAck: {0.99, 0.99}, Cause: {0.79, 0.86}, Fix: {0.76, 0.75}, Restored: {0.74, 0.75}},
	// styles89 restored R 0.71 -> 0.68: round 98's refusal of a bare "Rang <name> back." (restored_called_back.go) takes 04's false restoration, and with it the remedy context the customer's "no further problems this week, searching fine." was read in: 27 / 14 / 11 -> 26 / 12 / 12 (R 0.711 -> 0.684, P 0.659 -> 0.684).
	"styles89": {AutoAck: {0.99, 0.99}, Cause: {0.60, 0.79}, Fix: {0.72, 0.83}, Restored: {0.65, 0.65}},
	// The model retrained on every scored set to styles94 (rule 2 of the rule
	// styles95-98 decided, docs/quality.md "styles95 to styles98: the first
	// scores"): restored 33 / 6 / 18 -> 33 / 7 / 18 (P 0.825).
	"styles90": {AutoAck: {0.99, 0.99}, Cause: {0.85, 0.70}, Fix: {0.75, 0.79}, Restored: {0.82, 0.60}},
	// styles91 to styles94: their first scores (docs/quality.md, "styles91
	// to styles94: the first scores"), with the reader shipped (E11: rounds
	// 89-97, the model trained on every set to styles82, kept by rule 2),
	// rounded down; a score of a round figure takes the step below.
	"styles91": {AutoAck: {0.99, 0.99}, Cause: {0.75, 0.81}, Fix: {0.75, 0.80}, Restored: {0.72, 0.63}},
	"styles92": {AutoAck: {0.99, 0.99}, Cause: {0.69, 0.81}, Fix: {0.71, 0.88}, Restored: {0.63, 0.82}},
	// The model retrained on every scored set to styles94 (rule 2 of the rule
	// styles95-98 decided, docs/quality.md "styles95 to styles98: the first
	// scores"): fix 41 / 10 / 9 -> 43 / 11 / 7 (P 0.796, R 0.860).
	"styles93": {AutoAck: {0.93, 0.99}, Cause: {0.82, 0.73}, Fix: {0.79, 0.81}, Restored: {0.62, 0.67}},
	"styles94": {AutoAck: {0.99, 0.99}, Cause: {0.67, 0.84}, Fix: {0.69, 0.79}, Restored: {0.66, 0.90}},
	// styles95-98's first scores with the reader shipped (E12-all: rounds
	// 100-107, the model trained on every set to styles94; docs/quality.md
	// "styles95 to styles98: the first scores"), rounded down, a round
	// figure taking the step below.
	"styles95": {AutoAck: {0.99, 0.99}, Cause: {0.78, 0.84}, Fix: {0.69, 0.81}, Restored: {0.63, 0.76}},
	"styles96": {AutoAck: {0.99, 0.99}, Cause: {0.83, 0.83}, Fix: {0.73, 0.90}, Restored: {0.60, 0.71}},
	"styles97": {AutoAck: {0.99, 0.99}, Cause: {0.68, 0.95}, Fix: {0.63, 0.87}, Restored: {0.79, 0.77}},
	"styles98": {AutoAck: {0.99, 0.99}, Cause: {0.72, 0.77}, Fix: {0.77, 0.74}, Restored: {0.66, 0.63}},
	// styles99-102's first scores with the reader shipped (E13-all: rounds
	// 108-118, the model trained on every set to styles98; docs/quality.md
	// "styles99 to styles102: the first scores"), rounded down, a round
	// figure taking the step below.
	"styles99":  {AutoAck: {0.99, 0.99}, Cause: {0.67, 0.56}, Fix: {0.53, 0.78}, Restored: {0.61, 0.73}},
	"styles100": {AutoAck: {0.99, 0.99}, Cause: {0.76, 0.69}, Fix: {0.80, 0.79}, Restored: {0.66, 0.71}},
	// styles101 restored P 0.77 -> 0.76, R 0.73 -> 0.71: the model retrained with rounds 119-120 (docs/quality.md "The model retrained with rounds 119-120") reads 31 / 9 / 11 -> 30 / 9 / 12 (P 0.775 -> 0.769, R 0.714; sums only, the set is the rounds' validation).
	// styles101's cause recall floor 0.68 -> 0.65 with the model retrained on
	// every set to styles126 (rule 2 of styles127-130): tp 20 fp 5 fn 9 ->
	// tp 19 fp 4 fn 10.
	"styles101": {AutoAck: {0.99, 0.99}, Cause: {0.71, 0.65}, Fix: {0.83, 0.82}, Restored: {0.76, 0.71}},
	"styles102": {AutoAck: {0.99, 0.99}, Cause: {0.82, 0.71}, Fix: {0.70, 0.79}, Restored: {0.76, 0.68}},
	// styles103-106's first scores with the reader shipped (E14: rounds
	// 122-134, the model trained on every set to styles98; docs/quality.md
	// "styles103 to styles106: the first scores"), rounded down, a round
	// figure taking the step below.
	"styles103": {AutoAck: {0.98, 0.99}, Cause: {0.91, 0.91}, Fix: {0.81, 0.81}, Restored: {0.73, 0.57}},
	"styles104": {AutoAck: {0.99, 0.99}, Cause: {0.85, 0.85}, Fix: {0.69, 0.94}, Restored: {0.70, 0.83}},
	"styles105": {AutoAck: {0.99, 0.99}, Cause: {0.88, 0.92}, Fix: {0.78, 0.77}, Restored: {0.67, 0.86}},
	"styles106": {AutoAck: {0.99, 0.99}, Cause: {0.74, 0.88}, Fix: {0.77, 0.93}, Restored: {0.59, 0.76}},
	// styles107-110's first scores with the reader shipped (E15-all: rounds
	// 135-154, the model trained on every set to styles106; docs/quality.md
	// "styles107 to styles110: the first scores"), rounded down, a round
	// figure taking the step below.
	"styles107": {AutoAck: {0.99, 0.99}, Cause: {0.76, 0.87}, Fix: {0.73, 0.75}, Restored: {0.85, 0.74}},
	"styles108": {AutoAck: {0.99, 0.99}, Cause: {0.71, 0.83}, Fix: {0.73, 0.80}, Restored: {0.69, 0.56}},
	"styles109": {AutoAck: {0.97, 0.99}, Cause: {0.69, 0.83}, Fix: {0.72, 0.90}, Restored: {0.74, 0.60}},
	"styles110": {AutoAck: {0.99, 0.99}, Cause: {0.81, 0.81}, Fix: {0.83, 0.83}, Restored: {0.67, 0.78}},
	// styles111-114's first scores with the reader shipped (E16r-all: rounds
	// 155-171 with the cause act's changes reverted by rule 1, the model
	// trained on every set to styles110; docs/quality.md "styles111 to
	// styles114: the first scores"), rounded down, a round figure taking the
	// step below.
	"styles111": {AutoAck: {0.99, 0.99}, Cause: {0.67, 0.99}, Fix: {0.79, 0.85}, Restored: {0.59, 0.89}},
	// styles112's restored recall floor 0.85 -> 0.82 with the model retrained
	// on every set to styles126 (rule 2 of styles127-130): tp 40 fp 7 fn 7 ->
	// tp 39 fp 5 fn 8.
	"styles112": {AutoAck: {0.99, 0.99}, Cause: {0.67, 0.82}, Fix: {0.79, 0.72}, Restored: {0.83, 0.82}},
	// styles113 cause P 0.78 -> 0.77, R 0.65 -> 0.63 and styles114 fix P 0.80 -> 0.79:
	// round 187's cause threshold (0.35 by round 169's "ort", was 0.30) with the
	// model retrained after rounds 172-192 reads styles113 cause 25 / 7 / 13 ->
	// 24 / 7 / 14 and styles114 fix 53 / 13 / 12 -> 54 / 14 / 11 (sums only, the
	// sets are the rounds' validation).
	"styles113": {AutoAck: {0.99, 0.99}, Cause: {0.77, 0.63}, Fix: {0.65, 0.80}, Restored: {0.77, 0.77}},
	"styles114": {AutoAck: {0.97, 0.99}, Cause: {0.64, 0.82}, Fix: {0.78, 0.81}, Restored: {0.74, 0.85}},
	// styles115-118's first scores with the reader shipped (E17: rounds
	// 172-196, the model retrained with them on every set to styles110, the
	// cause threshold by round 169's "ort"; docs/quality.md "styles115 to
	// styles118: the first scores"), rounded down, a round figure taking the
	// step below.
	"styles115": {AutoAck: {0.99, 0.99}, Cause: {0.59, 0.83}, Fix: {0.63, 0.74}, Restored: {0.70, 0.67}},
	"styles116": {AutoAck: {0.99, 0.99}, Cause: {0.77, 0.73}, Fix: {0.69, 0.82}, Restored: {0.77, 0.87}},
	"styles117": {AutoAck: {0.99, 0.99}, Cause: {0.82, 0.90}, Fix: {0.65, 0.83}, Restored: {0.62, 0.90}},
	"styles118": {AutoAck: {0.99, 0.99}, Cause: {0.70, 0.73}, Fix: {0.68, 0.86}, Restored: {0.66, 0.85}},
	// styles119-122's first scores with the reader shipped (E18r: the
	// session's rounds with those on cause and fix reverted by rule 1, the
	// model retrained with them on every set to styles110; docs/quality.md
	// "styles119 to styles122: the first scores"), rounded down, a round
	// figure taking the step below.
	"styles119": {AutoAck: {0.99, 0.99}, Cause: {0.85, 0.72}, Fix: {0.69, 0.82}, Restored: {0.76, 0.85}},
	"styles120": {AutoAck: {0.97, 0.99}, Cause: {0.67, 0.84}, Fix: {0.81, 0.89}, Restored: {0.68, 0.82}},
	// styles121's fix recall floor 0.97 -> 0.94 at the end of rounds 221-232:
	// tp 36 fp 17 fn 1 -> tp 35 fp 13 fn 2 ("I have also marked your
	// application as priority.", 121-07/5, no longer read; four false fixes gone).
	"styles121": {AutoAck: {0.97, 0.99}, Cause: {0.79, 0.79}, Fix: {0.67, 0.94}, Restored: {0.84, 0.91}},
	"styles122": {AutoAck: {0.94, 0.99}, Cause: {0.70, 0.84}, Fix: {0.76, 0.85}, Restored: {0.73, 0.83}},
	// styles123-126's first scores with the reader shipped (E19: the
	// session's rounds 207-217, the model retrained with them on every set to
	// styles110; docs/quality.md "styles123 to styles126: the first scores"),
	// rounded down, a round figure taking the step below.
	"styles123": {AutoAck: {0.99, 0.99}, Cause: {0.77, 0.92}, Fix: {0.58, 0.88}, Restored: {0.61, 0.83}},
	"styles124": {AutoAck: {0.99, 0.99}, Cause: {0.70, 0.89}, Fix: {0.76, 0.87}, Restored: {0.61, 0.96}},
	"styles125": {AutoAck: {0.99, 0.99}, Cause: {0.92, 0.63}, Fix: {0.66, 0.89}, Restored: {0.74, 0.90}},
	"styles126": {AutoAck: {0.99, 0.99}, Cause: {0.76, 0.71}, Fix: {0.69, 0.82}, Restored: {0.61, 0.87}},
	// styles127-130's first scores with the reader shipped (E20-all: rounds
	// 221-232, the model retrained on every set to styles126 by rule 2;
	// docs/quality.md "styles127 to styles130: the first scores"), rounded
	// down, a round figure taking the step below.
	"styles127": {AutoAck: {0.96, 0.99}, Cause: {0.81, 0.81}, Fix: {0.69, 0.76}, Restored: {0.73, 0.82}},
	// styles128's fix precision lowered from 0.74 to 0.73 in round 234 (its
	// new fix rules, kept by the round's rule on the four sets' sums: fix
	// tp / fp / fn 148 / 69 / 40 -> 150 / 70 / 38), styles128 now at tp 41
	// fp 15 fn 12 (P 0.732).
	"styles128": {AutoAck: {0.99, 0.99}, Cause: {0.65, 0.85}, Fix: {0.73, 0.77}, Restored: {0.78, 0.90}},
	"styles129": {AutoAck: {0.99, 0.99}, Cause: {0.79, 0.79}, Fix: {0.60, 0.88}, Restored: {0.68, 0.87}},
	"styles130": {AutoAck: {0.97, 0.99}, Cause: {0.86, 0.68}, Fix: {0.69, 0.74}, Restored: {0.75, 0.84}},
	// styles131-134's first scores with the reader shipped (E21: rounds
	// 233-238, the model retrained with them on every set to styles126, kept
	// by rule 2; docs/quality.md "styles131 to styles134: the first scores"),
	// rounded down, a round figure taking the step below.
	"styles131": {AutoAck: {0.99, 0.99}, Cause: {0.62, 0.80}, Fix: {0.70, 0.71}, Restored: {0.82, 0.96}},
	"styles132": {AutoAck: {0.91, 0.99}, Cause: {0.79, 0.75}, Fix: {0.60, 0.82}, Restored: {0.68, 0.81}},
	"styles133": {AutoAck: {0.99, 0.99}, Cause: {0.88, 0.88}, Fix: {0.74, 0.93}, Restored: {0.72, 0.86}},
	// styles134's fix recall lowered from 0.87 to 0.85 with the model
	// retrained after rounds 241-247 (E22, before styles135-138 were
	// scored): fix tp / fp / fn 43 / 16 / 6 -> 42 / 15 / 7 (R 0.857).
	"styles134": {AutoAck: {0.99, 0.99}, Cause: {0.82, 0.77}, Fix: {0.72, 0.85}, Restored: {0.71, 0.73}},
	// styles135-138's first scores with the reader shipped (E22: rounds
	// 241-247, the model retrained with them on every set to styles126, kept
	// by rule 2; docs/quality.md "styles135 to styles138: the first scores"),
	// rounded down, a round figure taking the step below.
	"styles135": {AutoAck: {0.99, 0.99}, Cause: {0.86, 0.89}, Fix: {0.78, 0.86}, Restored: {0.84, 0.86}},
	"styles136": {AutoAck: {0.99, 0.99}, Cause: {0.75, 0.90}, Fix: {0.75, 0.83}, Restored: {0.82, 0.91}},
	"styles137": {AutoAck: {0.98, 0.99}, Cause: {0.78, 0.74}, Fix: {0.74, 0.76}, Restored: {0.76, 0.84}},
	"styles138": {AutoAck: {0.90, 0.99}, Cause: {0.83, 0.71}, Fix: {0.83, 0.89}, Restored: {0.65, 0.83}},
	// styles139-142's first scores with the reader shipped (E23: rounds
	// 252-262, the model retrained with them on every set to styles126, kept
	// by rule 2; docs/quality.md "styles139 to styles142: the first scores"),
	// rounded down, a round figure taking the step below.
	"styles139": {AutoAck: {0.99, 0.99}, Cause: {0.86, 0.86}, Fix: {0.76, 0.85}, Restored: {0.72, 0.83}},
	"styles140": {AutoAck: {0.98, 0.99}, Cause: {0.89, 0.83}, Fix: {0.76, 0.80}, Restored: {0.69, 0.87}},
	"styles141": {AutoAck: {0.98, 0.99}, Cause: {0.78, 0.84}, Fix: {0.75, 0.76}, Restored: {0.77, 0.71}},
	"styles142": {AutoAck: {0.97, 0.99}, Cause: {0.81, 0.87}, Fix: {0.74, 0.88}, Restored: {0.64, 0.80}},
	// styles39 to styles42: their first scores, held out until the end of
	// the session that had them written (docs/quality.md, "styles39 to
	// styles42: the first scores").
	"styles39": {
		AutoAck:  {1.00, 1.00},
		Cause:    {0.72, 0.82},
		Fix:      {0.63, 0.67},
		Restored: {0.81, 0.60}, // round 38 (restored9): the retrained model adds one false restoration here (40 true, 9 false, P 0.816; R 0.62); round 33's retraining moves one row
	},
	"styles40": {
		AutoAck:  {0.95, 1.00},
		Cause:    {0.73, 0.73},
		Fix:      {0.74, 0.56},
		Restored: {0.65, 0.56},
	},
	"styles41": {
		AutoAck:  {1.00, 1.00},
		Cause:    {0.92, 0.81}, // round 40: the party's finding, nobody's step, too much, only part, damage, a stale destination (recall 0.63 before)
		Fix:      {0.73, 0.70},
		Restored: {0.66, 0.55}, // the session's restored rules reverted by the styles43-46 rule, retrained: one row (0.56 -> 0.55)
	},
	"styles42": {
		AutoAck:  {1.00, 1.00},
		Cause:    {0.75, 0.68}, // round 40: the party's finding, nobody's step, too much, only part, damage, a stale destination (recall 0.56 before)
		Fix:      {0.68, 0.70},
		Restored: {0.76, 0.58},
	},
	// styles37 and styles38: their first scores, held out until the start
	// of the session after the one that wrote them, scored with the model
	// retrained on thirty-six sets (docs/quality.md, "styles37 and styles38:
	// the first scores").
	"styles37": {
		AutoAck: {0.93, 1.00},
		Cause:   {0.86, 0.46},
		Fix:     {0.60, 0.69}, // fixprec: one "Done - X is now on" row the retrained model no longer adds (R 0.71 -> 0.69; P 0.63)
		// round 21: the retrained model adds two false rows (a test message
		// sent, a guard's new behaviour); precision 0.79 -> 0.766, recall 0.72.
		Restored: {0.76, 0.70},
	},
	"styles38": {
		AutoAck:  {1.00, 1.00},
		Cause:    {0.84, 0.64},
		Fix:      {0.67, 0.76},
		Restored: {0.76, 0.44},
	},
	// styles29 to styles32: their first scores, held out until then
	// (docs/quality.md, "styles29 to styles32: the first scores").
	"styles29": {
		AutoAck:  {1.00, 1.00},
		Cause:    {0.85, 0.60},
		Fix:      {0.61, 0.82},
		Restored: {0.81, 0.56}, // round 53 (restored13): restored's model trained without the rules' own restored verdict (docs/quality.md, "Round 53"): 39 / 8 -> 39 / 9; round 33's retraining moves one row; branch peract: restored trained with λ 3e-4, orp 0.04 (docs/quality.md, "Restored's own penalty and threshold"): 36 / 6 -> 39 / 8
	},
	"styles30": {
		AutoAck:  {1.00, 1.00},
		Cause:    {0.93, 0.81}, // round 252's relabel (docs/labelling.md's round-251 border 4, a step that "only helped" because ...) takes the cause off 12/9 "The resend yesterday only worked because it went out the old way.", read as a cause: 28 / 0 / 6 -> 27 / 1 / 6 (R 0.818, floor 0.82 -> 0.81); the model trained on fifty-four sets (docs/quality.md, "styles55 to styles58: the first scores"): one false cause more (28 true, 2 false); rounds 35-37 with the model retrained on them: five true causes more and one false (28 true, 1 false; 1.00 / 0.67 before)
		Fix:      {0.68, 0.80}, // the model retrained on round 23's restorations: one false fix more (35 true, 16 false)
		Restored: {0.84, 0.67},
	},
	"styles31": {
		AutoAck:  {1.00, 1.00},
		Cause:    {0.80, 0.72},
		Fix:      {0.82, 0.66},
		Restored: {0.81, 0.58}, // rounds 35 and 36 with the model retrained on both: one true restoration fewer (27 true, 6 false; 28 and 6 before)
	},
	"styles32": {
		AutoAck:  {1.00, 1.00},
		Cause:    {0.76, 0.69},
		Fix:      {0.64, 0.65},
		Restored: {0.64, 0.60},
	},
}

type styleLabel struct {
	event      int
	acts       Act
	start, end int
}

// TestQualityStyles scores the reader on the styles set as the Mendeley rows
// are scored: a labelled sentence gets the acts of the reader's sentences that
// overlap it, and a reader sentence that overlaps no labelled one counts with
// no act. It also counts tickets: of those whose labels state a cause (a fix
// or restoration), how many the reader finds one in, overlapping a labelled one.
func TestQualityStyles(t *testing.T) {
	for _, set := range stylesSets {
		t.Run(set, func(t *testing.T) { scoreStyles(t, set) })
	}
}

// stylesSet is one styles set as its labels file gives it.
type stylesSet struct {
	files   []string // in the order of the labels file
	tickets map[string]*ticket.Ticket
	labels  map[string][]styleLabel
	types   map[string]string
}

// loadStyles parses testdata/SET.labels and the tickets it names; it skips t
// when the set does not exist.
func loadStyles(t *testing.T, set string) *stylesSet {
	return loadStylesFrom(t, filepath.Join("testdata", set+".labels"), filepath.Join("testdata", set))
}

// loadStylesFrom parses the labels file stylesLabels and the tickets it names
// in stylesDir; it skips t when the labels file does not exist.
func loadStylesFrom(t *testing.T, stylesLabels, stylesDir string) *stylesSet {
	f, err := os.Open(stylesLabels)
	if os.IsNotExist(err) {
		t.Skip("no labels " + stylesLabels)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ss := &stylesSet{tickets: map[string]*ticket.Ticket{}, labels: map[string][]styleLabel{}, types: map[string]string{}}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "\t")
		name := fs[0]
		tk, ok := ss.tickets[name]
		if !ok {
			raw, err := os.ReadFile(filepath.Join(stylesDir, name))
			if err != nil {
				t.Fatalf("%s:%d: %v", stylesLabels, n, err)
			}
			if tk, _, err = ticket.Parse(raw, name); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			ss.tickets[name] = tk
			ss.files = append(ss.files, name)
		}
		if len(fs) == 2 {
			ss.types[name] = strings.TrimPrefix(fs[1], "type=")
			continue
		}
		if len(fs) != 4 {
			t.Fatalf("%s:%d: want FILE, EVENT, ACTS and SENTENCE separated by tabs", stylesLabels, n)
		}
		ev, err := strconv.Atoi(fs[1])
		if err != nil || ev < 0 || ev >= len(tk.Events) {
			t.Fatalf("%s:%d: event %q", stylesLabels, n, fs[1])
		}
		acts, err := ParseActs(fs[2])
		if err != nil {
			t.Fatalf("%s:%d: %v", stylesLabels, n, err)
		}
		i, j := labelSpan(tk.Events[ev].Body, fs[3])
		if i < 0 {
			t.Fatalf("%s:%d: %q is not in event %d", stylesLabels, n, fs[3], ev)
		}
		ss.labels[name] = append(ss.labels[name], styleLabel{ev, acts, i, j})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return ss
}

// labelSpan finds a labelled sentence in body: as written, or else with each
// run of white space in it standing for any run in body (a labeller who joined
// a hard-wrapped sentence onto one line). It returns -1, -1 when it is not there.
func labelSpan(body, sentence string) (start, end int) {
	if i := strings.Index(body, sentence); i >= 0 {
		return i, i + len(sentence)
	}
	words := strings.Fields(sentence)
	if len(words) == 0 {
		return -1, -1
	}
	for k, w := range words {
		words[k] = regexp.QuoteMeta(w)
	}
	loc := regexp.MustCompile(strings.Join(words, `\s+`)).FindStringIndex(body)
	if loc == nil {
		return -1, -1
	}
	return loc[0], loc[1]
}

// stylesRow is one scored row of a ticket: a labelled sentence with the
// reader's sentences that overlap it, or a reader sentence that overlaps no
// labelled one (gold none).
type stylesRow struct {
	gold     Act
	labelled bool
	sents    [][2]int // index in r.Messages, index in its Sentences
}

// stylesRows are the rows of one ticket as r splits it, labels ls.
func stylesRows(r *Reading, ls []styleLabel) []stylesRow {
	var rows []stylesRow
	covered := map[[2]int]bool{}
	for _, l := range ls {
		row := stylesRow{gold: l.acts, labelled: true}
		for mi, m := range r.Messages {
			if m.Event != l.event {
				continue
			}
			for k, s := range m.Sentences {
				if s.Start < l.end && l.start < s.End {
					row.sents = append(row.sents, [2]int{mi, k})
					covered[[2]int{mi, k}] = true
				}
			}
		}
		rows = append(rows, row)
	}
	for mi, m := range r.Messages {
		for k := range m.Sentences {
			if !covered[[2]int{mi, k}] {
				rows = append(rows, stylesRow{sents: [][2]int{{mi, k}}})
			}
		}
	}
	return rows
}

// ticketFound is a ticket's count by ticket for the labelled act group: has
// (a labelled row states one of acts) and found (the reader gives one of acts
// to such a row); got are the reader's acts of each row.
func ticketFound(golds, got []Act, acts Act) (has, found bool) {
	for i, g := range golds {
		if g&acts != 0 {
			has = true
			found = found || got[i]&acts != 0
		}
	}
	return has, found
}

// ticketGroups are the act groups counted by ticket.
var ticketGroups = []struct {
	name string
	acts Act
}{{"cause", Cause}, {"fix or restored", Fix | Restored}}

func scoreStyles(t *testing.T, set string) {
	ss := loadStyles(t, set)
	score := map[Act]*counts{}
	for _, a := range stylesScored {
		score[a] = &counts{}
	}
	type found struct{ with, found int }
	byTicket := map[string]*found{}
	for _, g := range ticketGroups {
		byTicket[g.name] = &found{}
	}
	typesRight := 0
	// either scores fix and restored as one act: the writers' border between
	// them is where they disagree most (docs/labelling.md).
	var either counts
	for _, name := range ss.files {
		tk := ss.tickets[name]
		r := Read(tk, nil)
		if InferTicketType(tk, r) == ss.types[name] {
			typesRight++
		}
		rows := stylesRows(r, ss.labels[name])
		golds, gots := make([]Act, len(rows)), make([]Act, len(rows))
		for i, row := range rows {
			for _, p := range row.sents {
				gots[i] |= r.Messages[p[0]].Sentences[p[1]].Acts
			}
			golds[i] = row.gold
			tally(score, gots[i], row.gold)
			tally(map[Act]*counts{Fix | Restored: &either}, gots[i], row.gold)
		}
		for _, g := range ticketGroups {
			if has, found := ticketFound(golds, gots, g.acts); has {
				byTicket[g.name].with++
				if found {
					byTicket[g.name].found++
				}
			}
		}
	}
	for _, a := range stylesScored {
		c := *score[a]
		t.Logf("%s %-14s P %.2f R %.2f (tp %d fp %d fn %d)", set, actNames[a], c.precision(), c.recall(), c.tp, c.fp, c.fn)
		if fl, ok := stylesFloors[set][a]; ok && (c.precision() < fl.p || c.recall() < fl.r) {
			t.Errorf("%s %s: P %.2f R %.2f, below the floor P %.2f R %.2f", set, actNames[a], c.precision(), c.recall(), fl.p, fl.r)
		}
	}
	t.Logf("%s %-14s P %.2f R %.2f (tp %d fp %d fn %d)", set, "fix|restored", either.precision(), either.recall(), either.tp, either.fp, either.fn)
	t.Logf("%s ticket types inferred right: %d of %d", set, typesRight, len(ss.files))
	for _, g := range ticketGroups {
		t.Logf("%s tickets with a labelled %s: %d, found in %d", set, g.name, byTicket[g.name].with, byTicket[g.name].found)
	}
}
