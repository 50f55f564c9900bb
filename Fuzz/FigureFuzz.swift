// libFuzzer entry point for the figure recognizer: any bytes in, no crash,
// and every figure's range inside the input. Built by scripts/fuzz.sh.
import BriefingModel
import Figures

@_cdecl("LLVMFuzzerTestOneInput")
public func figureFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for figure in FigureRecognizer().recognize(bytes) {
        precondition(figure.range.start >= 0 && figure.range.start <= figure.range.end && figure.range.end <= bytes.count,
                     "figure range outside the input")
        if let qualifier = figure.qualifierRange {
            precondition(qualifier.start >= 0 && qualifier.end <= bytes.count && qualifier.start <= qualifier.end)
        }
    }
    return 0
}
