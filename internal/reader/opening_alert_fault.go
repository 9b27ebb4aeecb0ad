package reader

// A monitoring alert that opens a ticket states the problem, and its sentences
// keep their acts (Read), when a sentence names the fault; a chat widget's
// welcome names none and is all automatic. Monitors name a fault in words of
// their own besides alertWords (round 80): an alert firing or triggered, a
// heartbeat or check-in missed, a feed or a signal gone. Without them these
// alerts' lines were read as automatic acknowledgements, which their writers
// labelled problem or nothing:
//
//   - styles24 10-storage-controller-heartbeat-alert: "[P2] Heartbeat missed: ...", "No heartbeat for 15 min"
//   - styles28 06-checkin-api-latency-alert: "[PagerBell] TRIGGERED: checkin-api p95 latency 8.4s > 3s"
//   - styles37 15-as2-orders-krampe: "EDI watchdog: no inbound ORDERS from partner KRAMPE-LOGISTIK"
//   - styles40 05-report-render-queue-alert: "[FIRING] report-render: queue depth 1,842 > 500"
//   - styles53 05-webhook-lag-alert: "FIRING [P2] payfern_webhook_lag_seconds > 900 for 10m"
//   - styles56 10-session-start-failures-uk: "Triggered: session_start_failure_rate ... > 5% for 5m"
//   - styles65 01-yard-cameras-video-loss: "RVRC-ALERT: VIDEO LOSS on Site 4471 ... no signal since 02:13:51."
//   - styles72 11-till-offline-alert: "Host SHF-TILL-02 ... has not checked in for 10 minutes."
//
// None of the chat widgets' welcomes that open tuning tickets ("You're number 3
// in the queue.", "An agent will be with you shortly.") has one.
//
// Local (newLocalLexicon), as a lexicon added to the combined index changes the
// model's reading; it is read only on a ticket's first message.
var alertFaultWords = newLocalLexicon("firing", "triggered", "heartbeat", "watchdog", "no signal", "not checked in", "no inbound")

// alertFault reports whether a sentence names a fault the way a monitoring
// alert does.
func alertFault(sc *scan) bool { return alertWords.hasIn(sc) || alertFaultWords.has(sc.ts) }
