import BriefingModel
import Ingest
import Figures
import Metrics
import Publish
let c = try ingest(IngestRequest(input: .spec(path: CommandLine.arguments[1])))
let a = computeMetrics(normalizeFigures(c))
print(factsDocument(a).rendered())
