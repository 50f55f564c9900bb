import Figures
import Foundation
let path = CommandLine.arguments[1]
let bytes = [UInt8](FileManager.default.contents(atPath: path)!)
for f in FigureRecognizer().recognize(bytes) { print(figureJSONLine(f, text: bytes)) }
