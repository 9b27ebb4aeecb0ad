package odt

import "testing"

func TestODTWhitespace(t *testing.T) {
	o := &odtWriter{}
	o.text("  a  b\tc\n   d ", true)
	want := `<text:s text:c="2"/>a <text:s/>b<text:tab/>c<text:line-break/><text:s text:c="3"/>d `
	if got := o.body.String(); got != want {
		t.Errorf("odt text = %s\nwant       %s", got, want)
	}
}
