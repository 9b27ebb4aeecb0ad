package analysis

import (
	"regexp"

	"github.com/debriefhq/debrief/internal/reader"
)

// failedHeadline opens a sentence with what failed and a colon, what it
// did after it: "Store 214 failed: two tills didn't come back after reboot".
var failedHeadline = regexp.MustCompile(`^(?:[^\s:]+ ){1,5}failed: \S`)

// failureTold reports whether sn, a sentence of staff's the reader took for
// a cause, opens by naming what failed ("<thing> failed: <what it did>"): a
// failure staff found, told with its detail after the colon, which the model
// reads as a cause for the reason the colon gives. It counts as a fault found
// while doing the work; the reader's cause stands for the cause's findings.
// Staff write a failure so in styles2 RPOS-88301 ("Store 214 failed: two
// tills didn't come back after reboot", a change's summary that lost its work
// problem to the cause read), styles12 IW-88940 ("PKIX path building failed:
// unable to find valid certification path"), styles22 HB-31240 ("the doc-gen
// job failed: template 'CC_Schedule_BWR_v3' not found"), styles44 RF-55230
// ("SmsGateway send failed: 401 Unauthorized") and styles47 MS-32277 ("2
// failed: AAL-2026-0058 and 0070, 'title mismatch with existing record'").
// A cause told with "because", or a failure without the colon ("the job
// failed because the disk filled"), stays a cause.
func failureTold(sn reader.Sentence) bool {
	return sn.Acts&reader.Cause != 0 && sn.Acts&(reader.Fix|reader.Restored|reader.Estimate|reader.Question) == 0 &&
		failedHeadline.MatchString(lower(sn.Text))
}
