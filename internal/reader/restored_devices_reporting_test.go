package reader

import "testing"

// TestRestoredDevicesReporting checks round 117's devices reporting or
// checked in after the remedy (restored_devices_reporting.go). The sentences
// are written for the test; the near misses are no remedy, what the devices
// report, people reporting a fault, a device that last checked in, thanks for
// reporting, a negation, a plan, a question.
func TestRestoredDevicesReporting(t *testing.T) {
	taken := []wordingCase{
		{"Added the second site too, both gateways reporting now.", custAfter, Restored, 0},
		{"Once they re-enabled the port all twelve sensors resumed reporting.", staffAfter, Restored, 0},
		{"All eight laptops are now encrypted and reporting to us.", staffAfter, Restored, 0},
		{"SHOP01 and SHOP04 reporting in the console.", staffAfter, Restored, 0},
		{"All 20 scanners checked in with the new profile this morning.", staffAfter, Restored, 0},
	}
	// read as restored by older rules ("working again" and the estimate's
	// neighbours), refused by this rule itself
	ruleOnly := []wordingCase{
		{"All 86 machines reporting fare table 7 by 01:00.", staffAfter, 0, Restored},
		{"The sensors should start reporting again within the hour.", staffAfter, 0, Restored},
	}
	refused := []wordingCase{
		{"Users reporting errors on the checkout page.", staffAfter, 0, Restored},
		{"Thank you for reporting.", staffAfter, 0, Restored},
		{"Your thermostat last checked in with us on Saturday at 11:02.", staffAfter, 0, Restored},
		{"Two probes are not reporting yet.", staffAfter, 0, Restored},
		{"Are both hosts reporting now?", custAfter, 0, Restored},
		{"I checked in at the front desk.", custAfter, 0, Restored},
	}
	checkWording(t, append(append([]wordingCase{}, taken...), refused...))
	checkWording(t, []wordingCase{{"SHOP01 and SHOP04 reporting in the console.", staffBefore, 0, Restored}})
	checkRuleItself(t, "devices reporting", devicesReporting, taken, append(refused, ruleOnly...))
}
