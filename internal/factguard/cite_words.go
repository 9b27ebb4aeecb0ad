package factguard

import "strings"

// stopWords are the function words of English: they carry no claim of their own.
var stopWords = wordSet(strings.Fields(`a an the and or but if of to in on at by for with from as into onto over under about
than then so too very also just only even still yet again once more most much many some any such own same other another
this that these those there here it its it's they them their theirs we us our ours you your he him his she her hers i me my
is are was were be been being am has have had having do does did doing done will would shall should can could may might must
which who whom whose what when where why how while whilst because since until though although whether either both each
not no nor never all every none few several between through during within without before after above below up down out off
via per upon across along around against among toward towards s t re ve ll d m one two three four five six seven eight nine ten
first second third last next later earlier soon already ever almost about around approximately roughly some`)...)

// reportWords are the vocabulary every review shares, whatever the ticket:
// the actors, the handling, the measures and the words that link them. A
// sentence may use them without a source that does; its actor, times, order
// and absences are checked by their own rules.
var reportWords = wordSet(strings.Fields(`situation ticket tickets customer customers client user users team teams support engineer engineers
agent agents staff service desk helpdesk message messages update updates updated updating response responses respond responded
reply replies replied answer answered wrote write written said say told tell asked ask asking request requested requests
report reported reporting review reviews debrief narrative section summary executive overview outcome triage communication
communications investigation investigations investigated risk risks handling handled handle quality technical business time times
hour hours minute minutes second seconds day days week weeks month months morning afternoon evening night today overnight
open opened opening close closed closing closure priority sla slas target targets due deadline grace within outside met missed
breach breached breaches issue issues problem problems incident incidents matter case work worked working came come went go
gave give given took take taken made make kept keep got get put set found find noted note notes public visible customer-visible
internally publicly promptly quickly swiftly slowly eventually finally initially overall later whole total long longer longest
short shorter shortest quick prompt slow late early fast full main key clear clearly well good poor better worse best worst
timely regular regularly steady steadily throughout meanwhile following followed subsequent subsequently afterwards shortly
point stage moment period gap gaps wait waited waiting waits silence cadence frequency interval intervals news chase chased
chasing follow follow-up followed-up step steps action actions proposes proposed propose recommend recommended recommends owner
process processes handled flagged raise raised confirm confirmed confirmation explained explain explanation stated state states
statement statements mention mentioned describe described description noted record recorded records show showed shown
shows indicated indicate happened happen occurred occur took place remained remain stayed stay became become
appeared seem seemed needed need required require requested asked expectation expectations managed manage management
calendar elapsed business-hours measured measure measures counted count number numbers figure figures per cent percent
percentage recognised automatic acknowledgement acknowledgements notice notices system systems affected impact impacted
severity duration lasted last disruption outage downtime cost costs estimated estimate estimates eta resolution resolved
resolve restored restore restoration fixed fix fixes fixing cause causes caused root contributing factor factors finding interim
fail fails failed failing failure failures recovery recover recovered table tables list lists listed below above findings went improve signalled signaled urgency urgent identified identify words word internal external improvement directive directives organisation organization people person customer's team's
`)...)
