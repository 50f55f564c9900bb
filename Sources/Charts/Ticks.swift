/// Round axis ticks: 0, 250M, 500M, ... — steps of 1, 2, 2.5 or 5 times a
/// power of ten, about `target` of them, covering `maximum`.
public func niceTicks(maximum: Double, target: Int = 5) -> [Double] {
    guard maximum > 0, maximum.isFinite else { return [0, 1] }
    let rough = maximum / Double(max(target, 1))
    var power = 1.0
    while power * 10 <= rough { power *= 10 }
    while power > rough { power /= 10 }
    let step = [1.0, 2.0, 2.5, 5.0, 10.0].map { $0 * power }.first { $0 >= rough } ?? power * 10
    var ticks: [Double] = []
    var value = 0.0
    while value < maximum - step * 1e-9 {
        ticks.append(value)
        value = Double(ticks.count) * step
    }
    ticks.append(value)
    return ticks
}
