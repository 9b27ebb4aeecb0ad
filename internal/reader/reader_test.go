package reader

import (
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

func texts(ss []Span) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Text)
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"wrapped line is one sentence",
			"Hi team,\n\nThe root cause was that the nightly backup job on the storage node\nfailed.\nWe restarted it at 09:10 and the volume is back online.\n",
			[]string{"The root cause was that the nightly backup job on the storage node failed.", "We restarted it at 09:10 and the volume is back online."}},
		{"wrapped at a width",
			"We replaced the failed disk in the primary array this morning and\nrebuilt the RAID set; the rebuild finished at 11:40 and the service\nhas been restored for all users since then without further errors.\n",
			[]string{"We replaced the failed disk in the primary array this morning and rebuilt the RAID set; the rebuild finished at 11:40 and the service has been restored for all users since then without further errors."}},
		{"short lines are sentences",
			"greetings\nplease find the meeting url below:\nph_link",
			[]string{"please find the meeting url below:", "ph_link"}},
		{"quoted reply dropped",
			"It works now, thanks.\n\nOn Tue, 3 Feb 2026 at 10:00, Support <s@example.com> wrote:\n> Please try again.\n",
			[]string{"It works now, thanks."}},
		{"a quoted reply in another language dropped (Outlook, Italian)",
			"I put the new key and the re-run is working.\n\n-----Messaggio originale-----\nDa: Support <support@example.com>\nInviato: lunedì 2 marzo 2026 09:15\nOggetto: [LT-1] MT not working - urgent\n\nThe key has expired.\n",
			[]string{"I put the new key and the re-run is working."}},
		{"a reply header block in German dropped",
			"Geht wieder, danke.\n\nVon: Support <support@example.com>\nGesendet: Montag, 2. März 2026 09:15\nBetreff: Drucker\n\nBitte neu starten.\n",
			[]string{"Geht wieder, danke."}},
		{"a French reply line dropped",
			"Ça marche maintenant.\n\nLe lun. 2 mars 2026 à 09:15, Support <support@example.com> a écrit :\n> Pouvez-vous réessayer ?\n",
			[]string{"Ça marche maintenant."}},
		{"near miss: a form's field named De is no header",
			"De: Lyon\nVers: Paris\nThe transfer shows the wrong date.",
			[]string{"De: Lyon", "Vers: Paris", "The transfer shows the wrong date."}},
		{"near miss: a line of dashes alone is no banner",
			"Steps taken\n----------\nRestarted the sync service at 10:00.",
			[]string{"Steps taken", "Restarted the sync service at 10:00."}},
		{"quoted lines dropped",
			"> is it fixed?\nYes, fixed at 10:00.",
			[]string{"Yes, fixed at 10:00."}},
		{"signature dropped",
			"The certificate had expired.\n\nBest regards,\nJane Doe\nSupport Engineer\n",
			[]string{"The certificate had expired."}},
		{"inline sign-off dropped",
			"greetings kindly be informed that your ticket has been assigned. regards, ph_name team",
			[]string{"kindly be informed that your ticket has been assigned."}},
		{"abbreviations do not end a sentence",
			"See e.g. the log from Mr. Smith. It shows the error.",
			[]string{"See e.g. the log from Mr. Smith.", "It shows the error."}},
		{"bullets are sentences",
			"Steps:\n- restarted pvesm\n- re-established quorum",
			[]string{"Steps:", "restarted pvesm", "re-established quorum"}},
		{"dot only", ".", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(Sentences(tt.body))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.body, got, tt.want)
			}
		})
	}
}

func TestSentencesOffsets(t *testing.T) {
	body := "Hello,\nThe disk\u00a0failed. We replaced it."
	for _, s := range Sentences(body) {
		if s.Start < 0 || s.End > len(body) || s.Start >= s.End {
			t.Fatalf("span %+v out of body", s)
		}
		if !strings.HasPrefix(body[s.Start:], strings.Fields(s.Text)[0]) {
			t.Errorf("span %q does not start at its text: %q", s.Text, body[s.Start:s.End])
		}
	}
}

func TestClassify(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	customer := Context{Role: ticket.RoleCustomer, Public: true}
	tests := []struct {
		text string
		c    Context
		has  Act
		not  Act
	}{
		// The examples of what is not a cause.
		{"dears, recording to our policy and due to late response, we will consider this ticket as closed", staff, Closing, Cause},
		{"because i cant see the attached image mentioned", customer, 0, Cause},
		{"we checked the logs but cannot find the root cause from it.", staff, 0, Cause},
		{"did we understand and resolve the root cause of the problem?", staff, Question, Cause},
		{"It might be due to the cache.", staff, Investigation, Cause},
		// Causes.
		{"The root cause was a volume failure on node pve3, which led to a cascade failure in pvesm.", staff, Cause, Question},
		{"kindly note that the root cause for this issue is upgrading to oracle 19c.", staff, Cause, 0},
		{"The outage was caused by an expired certificate on the load balancer.", staff, Cause, 0},
		{"after checking we found that the user has not provided the payee name.", staff, Cause | Investigation, 0},
		// Fixes and restoration.
		{"We rolled back the release at 10:05.", staff, Fix, Cause},
		{"the requested account has been unlocked", staff, Restored, Question},
		{"the issue was fixed successfully", staff, Restored, 0},
		{"it worked now", customer, Restored, 0},
		{"Thank you, it is fixed.", customer, Restored, 0},
		{"It is still not working.", customer, 0, Restored},
		{"is it working now?", staff, Question, Restored},
		{"The service will be restored once the vendor ships the part.", staff, 0, Restored},
		// Estimates, chases, closing, questions.
		{"We expect the fix to be deployed by 17:00 today.", staff, Estimate, 0},
		{"We cannot give an estimate yet.", staff, 0, Estimate},
		{"Any update please?", customer, Chase | Question, 0},
		{"please share the logs", staff, Question, 0},
		{"we will close this ticket since we did not have a response from your side.", staff, Closing, Cause},
		{"We have received your request and an agent will respond shortly.", staff, AutoAck, 0},
	}
	for _, tt := range tests {
		got := Classify(tt.text, tt.c)
		if tt.has != 0 && got&tt.has != tt.has {
			t.Errorf("Classify(%q) = %s, want %s", tt.text, got, tt.has)
		}
		if got&tt.not != 0 {
			t.Errorf("Classify(%q) = %s, want none of %s", tt.text, got, tt.not)
		}
	}
}

func TestReadAutomatic(t *testing.T) {
	t0 := time.Date(2026, 2, 17, 7, 5, 56, 0, time.UTC)
	tk := &ticket.Ticket{ID: "T1", CreatedAt: t0, Events: []ticket.Event{
		{At: t0, Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Author: "c", Body: "Our cluster is down."},
		{At: t0.Add(15 * time.Second), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Author: "policybot",
			Body: "to provide our best support the following policy for tickets waiting customer feedback will be applied."},
		{At: t0.Add(2 * time.Minute), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Author: "robot",
			Body: "Ticket noted."},
		{At: t0.Add(11 * time.Minute), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Author: "ann",
			Body: "We are looking at the storage nodes now."},
		{At: t0.Add(12 * time.Minute), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Author: "ann",
			Body: "The volume on node 3 failed, which caused the outage."},
	}}
	r := Read(tk, &Options{AutomaticAuthors: []string{"Robot"}})
	want := []bool{false, true, true, false, false}
	for i, m := range r.Messages {
		if m.Automatic != want[i] {
			t.Errorf("message %d automatic = %v (%s), want %v", i, m.Automatic, m.Why, want[i])
		}
	}
	if r.Messages[1].Why != "text" || r.Messages[2].Why != "author" {
		t.Errorf("why = %q, %q; want text, author", r.Messages[1].Why, r.Messages[2].Why)
	}
	if got := r.Find(Cause); len(got) != 1 || got[0].Message.Event != 4 {
		t.Errorf("Find(Cause) = %+v, want the last message's sentence", got)
	}
	if r.Opening != 0 {
		t.Errorf("Opening = %d, want 0", r.Opening)
	}
}

// TestReadOpeningMessage: the first message of a ticket is read for what it
// says though it may be automatic for the clocks (an alert, or a call an
// agent logged at creation and never followed up), unless it reads as a
// notice; and a staff-logged opening states the problem, not a cause.
func TestReadOpeningMessage(t *testing.T) {
	t0 := time.Date(2026, 3, 2, 5, 50, 0, 0, time.UTC)
	cases := []struct {
		name      string
		first     ticket.Event
		automatic bool
		ack       bool // every sentence of the first message is an acknowledgement
	}{
		{"call logged by an agent who never writes again", ticket.Event{Role: ticket.RoleAgent, Author: "desk",
			Body: "Phone call from Gary, line 3 supervisor. The dashboard shows zero parts since 05:15 due to a scanner change he thinks."}, true, false},
		{"monitoring alert", ticket.Event{Role: ticket.RoleSystem, Author: "monitor",
			Body: "ALERT backup_failed: job FS01 finished with Failed. Error: timed out waiting for the snapshot."}, true, false},
		{"chat-queue notice", ticket.Event{Role: ticket.RoleSystem, Author: "chat",
			Body: "Thank you for contacting us. Your ticket has been created and an agent will be with you shortly."}, true, true},
		{"chat widget's welcome, no fault named", ticket.Event{Role: ticket.RoleSystem, Author: "widget",
			Body: "Welcome to Northwind chat. Our team is online 8:00-18:00 on weekdays."}, true, true},
		{"alert naming a fault without a problem word", ticket.Event{Role: ticket.RoleSystem, Author: "monitor",
			Body: "Gateway gw-03 unreachable for 15 minutes. Last seen 02:14 UTC."}, true, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			first := c.first
			first.At, first.Kind, first.Public = t0, ticket.KindMessage, true
			tk := &ticket.Ticket{ID: "T", CreatedAt: t0, Events: []ticket.Event{first,
				{At: t0.Add(40 * time.Minute), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Author: "ann",
					Body: "We restarted the collector and counts are flowing again."}}}
			r := Read(tk, nil)
			m := r.Messages[0]
			if m.Automatic != c.automatic {
				t.Errorf("automatic = %v (%s), want %v", m.Automatic, m.Why, c.automatic)
			}
			if got, _ := IsAutomatic(tk, 0, nil); got != m.Automatic {
				t.Errorf("IsAutomatic = %v, Read says %v", got, m.Automatic)
			}
			allAck := true
			for _, s := range m.Sentences {
				allAck = allAck && s.Acts == AutoAck
				if s.Acts&Cause != 0 {
					t.Errorf("the opening's %q read as a cause", s.Text)
				}
			}
			if allAck != c.ack {
				t.Errorf("every sentence an acknowledgement = %v, want %v: %+v", allAck, c.ack, m.Sentences)
			}
		})
	}
}

func TestCanned(t *testing.T) {
	c := NewCanned(3)
	body := "Thank you for contacting us. Ticket 4411 has been created and will be handled soon."
	for i, id := range []string{"a", "b", "b"} {
		c.Add(id, strings.Replace(body, "4411", string(rune('1'+i)), 1))
	}
	if c.Has(body) {
		t.Fatal("seen in 2 tickets, want canned only from 3")
	}
	c.Add("c", body)
	if !c.Has(body) || c.Has("A different message that is long enough to count.") {
		t.Error("canned text not recognised, or another text taken for it")
	}
	var nilCanned *Canned
	if nilCanned.Has(body) {
		t.Error("nil Canned has something")
	}
}

func TestActsString(t *testing.T) {
	a := Fix | Restored
	if a.String() != "fix+restored" {
		t.Errorf("String = %q", a.String())
	}
	b, err := ParseActs(a.String())
	if err != nil || b != a {
		t.Errorf("ParseActs = %v, %v", b, err)
	}
	if _, err := ParseActs("cause+nonsense"); err == nil {
		t.Error("ParseActs accepted an unknown act")
	}
	if !a.Has(Fix) || a.Has(Cause) || a.Has(0) {
		t.Error("Has is wrong")
	}
}

func TestInferType(t *testing.T) {
	tests := []struct{ subject, opening, want string }{
		{"PVE Down", "URGENT: no systems are working in the business.", ticket.TypeIncident},
		{"", "please create a new user account for our new employee.", ticket.TypeServiceRequest},
		{"", "kindly join tomorrow at 3 pm for the production deployment of the new release.", ticket.TypeChange},
		{"", "how can we export the monthly report to excel?", ticket.TypeQuestion},
	}
	for _, tt := range tests {
		if got := InferType(tt.subject, tt.opening); got != tt.want {
			t.Errorf("InferType(%q, %q) = %s, want %s", tt.subject, tt.opening, got, tt.want)
		}
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("Hi,\nthe disk\nfailed.\n> quoted\n-- \nsig")
	f.Add("On Mon wrote:\nx")
	f.Add("a. b! c? e.g. J. Smith")
	f.Add("Hi Julian! (done.) \"x...\" y 40+ min. in pool B. ext. 4400\nSite: a\nTo: b\nwe saw this here:\nsince the restart of it")
	f.Add("ok \U0001F60A\uFE0F\U0001F3FB done! \U0001F44B A x 👋")
	f.Fuzz(func(t *testing.T, body string) {
		prev := 0
		for _, s := range Sentences(body) {
			if s.Start < prev || s.End > len(body) || s.Start > s.End || s.Text == "" {
				t.Fatalf("bad span %+v (prev end %d, body %d bytes)", s, prev, len(body))
			}
			prev = s.Start
			_ = Classify(s.Text, Context{Role: ticket.RoleAgent})
		}
	})
}

func BenchmarkRead200(b *testing.B) {
	tk := read200Ticket()
	b.ReportAllocs()
	for b.Loop() {
		_ = Read(tk, nil)
	}
}

// read200Ticket is a ticket of 200 messages, customer and staff in turn.
func read200Ticket() *ticket.Ticket {
	t0 := time.Date(2026, 2, 17, 7, 0, 0, 0, time.UTC)
	tk := &ticket.Ticket{ID: "B", CreatedAt: t0}
	bodies := []string{
		"Hi team,\nOur payroll export is failing with a timeout since this morning and nobody can run payments.\nThis is urgent.",
		"We are checking the logs now and will update you within the hour.\n\nBest regards,\nSupport",
		"The root cause was an expired certificate on the export gateway; we renewed it at 10:05\nand the export works again.",
		"Any update please? We still cannot run the payroll.",
	}
	for i := range 200 {
		role := ticket.RoleAgent
		if i%2 == 0 {
			role = ticket.RoleCustomer
		}
		tk.Events = append(tk.Events, ticket.Event{At: t0.Add(time.Duration(i) * time.Minute), Kind: ticket.KindMessage,
			Role: role, Public: true, Author: string(role), Body: bodies[i%len(bodies)]})
	}
	return tk
}
