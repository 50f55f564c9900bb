// libFuzzer entry point for the figure recognizer: any bytes in, no crash,
// and every figure's (and unit mention's) range inside the input. Built by scripts/fuzz.sh.
import BriefingModel
import Figures

@_cdecl("LLVMFuzzerTestOneInput")
public func figureFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let recognizer = FigureRecognizer()
    let figures = recognizer.recognize(bytes)
    for mention in recognizer.unitMentions(bytes, outside: figures) {
        precondition(mention.range.start >= 0 && mention.range.start < mention.range.end && mention.range.end <= bytes.count,
                     "mention range outside the input")
    }
    for figure in figures {
        precondition(figure.range.start >= 0 && figure.range.start <= figure.range.end && figure.range.end <= bytes.count,
                     "figure range outside the input")
        if let qualifier = figure.qualifierRange {
            precondition(qualifier.start >= 0 && qualifier.end <= bytes.count && qualifier.start <= qualifier.end)
        }
    }
    return 0
}
