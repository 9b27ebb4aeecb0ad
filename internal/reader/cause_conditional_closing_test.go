package reader

import "testing"

// TestClosingOnlyOtherwise: a closing told as the alternative after
// "otherwise" leaves the cause before it read (round 237,
// cause_conditional_closing.go); a closing told outright, or before
// "otherwise", still keeps the sentence's reasons from being read as the
// incident's cause. The sentences are invented.
func TestClosingOnlyOtherwise(t *testing.T) {
	taken := []wordingCase{
		{"after our investigation we found that the limit parameter has been changed by one of the users, please advise to deploy the fix, otherwise, we will consider this ticket resolved and close it.", staffBefore, Cause | Closing, 0},
		{"the job failed because the archive disk was full, we extended it, otherwise we will close the ticket tomorrow.", staffBefore, Cause | Closing, 0},
	}
	refused := []wordingCase{
		{"we will close this ticket as the job failed because the archive disk was full.", staffBefore, Closing, Cause},
		{"we will close the ticket because the disk was full, otherwise nothing else is pending.", staffBefore, Closing, Cause},
		{"please let us know if anything is still wrong, otherwise we will close the ticket.", staffBefore, Closing, Cause},
	}
	checkWording(t, taken)
	checkWording(t, refused)
	for _, c := range []predicateCase{
		{"the disk was full, otherwise we will close the ticket.", true},
		{"we will close the ticket, otherwise the disk fills.", false},
		{"otherwise close the ticket.", false},
		{"the disk was full.", false},
	} {
		var sc scan
		if got := closingOnlyOtherwise(newScan(tokens(c.text, nil), &sc)); got != c.want {
			t.Errorf("closingOnlyOtherwise(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
