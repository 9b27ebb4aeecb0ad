package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestFixFormsAndGuards checks round 11's fix forms and guards on sentences
// written for this test (none taken from a labelled set): each form beside
// the near miss it must refuse.
func TestFixFormsAndGuards(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	customer := Context{Role: ticket.RoleCustomer, Public: true}
	opening := Context{Role: ticket.RoleCustomer, Public: true, Opening: true}
	cases := []wordingCase{
		// an instruction through a screen, against a request for information
		{"Go to Settings > Accounts, tap the work profile and choose Remove.", staff, Fix, 0},
		{"In the admin console, set the idle timeout to 60 minutes.", staff, Fix, 0},
		{"On the tablet, open the VPN app and sign out.", staff, Fix, 0},
		{"Please sign out of the portal and back in.", staff, Fix, 0},
		{"Please use the paper forms until the system is back.", staff, Fix, 0},
		{"Please keep booking by phone for today.", staff, Fix, 0},
		{"Please keep monitoring it over the weekend.", staff, 0, Fix},
		{"Please join the call at 3pm.", staff, 0, Fix},
		{"Please open a new ticket if it happens again.", staff, 0, Fix},
		{"Please tap Sync and let us know what it shows.", staff, 0, Fix},
		{"Don't close the app while it syncs.", staff, 0, Fix},
		{"Update: the engineer is on his way.", staff, 0, Fix},
		// a request to try, against one to check or asked plainly
		{"Could you try switching the handset to the 5 GHz network?", staff, Fix, 0},
		{"Can you try again from a private window?", staff, Fix, 0},
		{"Could you ask the warehouse team to unplug the scanner dock and plug it back in?", staff, Fix, 0},
		{"In the meantime, could you try the desktop app instead?", staff, Fix, 0},
		{"Could you try a payment and tell me what the screen says?", staff, 0, Fix},
		{"Could you restart the till and check the totals?", staff, 0, Fix},
		{"Could you try calling the branch instead?", staff, 0, Fix},
		// a step to be done by someone else, asked
		{"Please ask the site team to add the new address to the allowlist.", staff, Fix, 0},
		{"Please ask the caller for the order number.", staff, 0, Fix},
		// a change gone live, against a plan
		{"The new routing rule went in at 09:40.", staff, Fix, 0},
		{"The price change went live overnight in all branches.", staff, Fix, 0},
		{"Both settings are in place on the test tenant.", staff, Fix, 0},
		{"The change will go live on Monday.", staff, 0, Fix},
		{"Once the rule goes live the alerts stop.", staff, 0, Fix},
		// a carrier of a fix sent, against a message
		{"Sent the new licence key to the site manager.", staff, Fix, 0},
		{"They have now sent new codes to the kiosks.", staff, Fix, 0},
		{"Sent a message to the supplier.", staff, 0, Fix},
		{"I've sent you the logs from last night.", staff, 0, Fix},
		// terse steps with step verbs
		{"Issued a credit of £20 for the double charge.", staff, Fix, 0},
		{"Flipped the jumper on the B side.", staff, Fix, 0},
		{"I've enrolled the student on the module.", staff, Fix, 0},
		// a customer's step done, against a question or a restoration
		{"Done that, still the same.", customer, Fix, 0},
		{"did both of those this morning", customer, Fix, 0},
		{"We have switched it off and on twice.", customer, Fix, 0},
		{"Tried a different cable, no luck.", customer, Fix, 0},
		{"Did it work for the others?", customer, 0, Fix},
		{"Done, everything is working now.", customer, 0, Fix},
		{"I tried calling the number on the letter.", customer, 0, Fix},
		{"I tried and it worked.", customer, 0, Fix},
		{"Ticked it.", customer, Fix, 0},
		{"ok removed them, it still logs me out", customer, Fix, 0},
		{"I have uploaded the screenshot.", customer, 0, Fix},
		{"Removed by whom?", customer, 0, Fix},
		// the reporter's own failed attempt in the opening: round 11 read it as a fix,
		// round 95 refuses it (fix_opening_tried.go: 4 true, 17 false rows on tuning)
		{"We've already rebooted the router and swapped the cable, no change.", opening, 0, Fix},
		{"I reinstalled the app twice already.", opening, 0, Fix},
		{"We changed the logo yesterday and the site shows the old one.", opening, 0, Fix},
		// a remedial verb inside a cause's story, against the writer's step
		{"The uploads fail because the key was rotated on Monday.", staff, 0, Fix},
		{"The certificate was renewed by the supplier, which is why the app stopped trusting it.", staff, 0, Fix},
		{"We found the passwords expired, so we reset them all.", staff, Fix, 0},
		{"I restarted the service because its lock had gone stale.", staff, Fix, 0},
	}
	checkWording(t, cases)
}

// TestFixPoliteRequest checks round 16's fixes (fix_forms.go) on sentences
// written for this test, with their near misses.
func TestFixPoliteRequest(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	customer := Context{Role: ticket.RoleCustomer, Public: true}
	cases := []wordingCase{
		// a polite request of a remedial step
		{"Could you restart the scanner and then try one label?", staff, Fix, 0},
		{"Could someone in the office unplug the router for a minute and plug it back in?", staff, Fix, 0},
		{"Could you please reboot the till before opening?", staff, Fix, 0},
		{"Could you ask the night staff to sign out of the app and back in?", staff, Fix, 0},
		// near misses: a request for information or for the writer's check
		{"Could you send us the export from last night?", staff, 0, Fix},
		{"Could you run the diagnostics tool and attach the output?", staff, 0, Fix},
		{"Could you restart it and check whether the light goes green?", staff, 0, Fix},
		{"Could you tell me what the screen shows?", staff, 0, Fix},
		{"Could you open the settings page and tell me the version?", staff, 0, Fix},
		// an instruction to ask someone to take a step
		{"Ask the drivers to sign out of the handheld and back in.", staff, Fix, 0},
		{"Ask them to send a photo of the error.", staff, 0, Fix},
		// a titled person's step, reported in reply
		{"Mrs Osei re-enabled the alarm panel at lunchtime.", customer, Fix, 0},
		{"Dr Patel has re-enabled the account now.", customer, Fix, 0},
		{"Mr Grant sent the invoice yesterday.", customer, 0, Fix},
		{"Mr Grant tried the reset but it didn't help.", customer, 0, Fix},
		// a prevention note, and a component's new behaviour after "now"
		{"Prevention: the booking tool now refuses a slot outside opening hours.", staff, Fix, 0},
		{"The sync job now validates each row before writing it.", staff, Fix, 0},
		{"The portal now shows an error on every page.", staff, 0, Fix},
		{"The import now skips every row after the first.", staff, 0, Fix},
		// a step staff walked the reader through
		{"Talked her through re-pairing the headset.", staff, Fix, 0},
		{"Walked through the logs with him.", staff, 0, Fix},
		// a customer's terse note of the step asked of them
		{"Done, unplugged it.", customer, Fix, 0},
		{"ok restarted it and the screen is back", customer, Fix, 0},
		{"uploaded the requested file", customer, 0, Fix},
		{"sent it again this morning", customer, 0, Fix},
	}
	checkWording(t, cases)
}
