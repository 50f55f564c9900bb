/// The features the tagger and the parser look at, by name. Change a list here
/// and retrain: the model file records the hash of these lists (`featureSetID`)
/// and refuses to load with another.
///
/// A template is a space-separated list of atoms `position.attribute`; its
/// feature is the combination of the atoms' values.
///
/// Tagger positions: `w0` the word being tagged, `w-1`, `w-2` before it, `w+1`,
/// `w+2` after it. Attributes: `form` (as written), `lower`, `prefix1`,
/// `prefix2`, `suffix1`…`suffix4` (of the lower-case form), `shape` ("Xx",
/// "d.d", "x-x"), `first` (sentence-initial or not), `tag` (already chosen,
/// so only before w0).
public let taggerTemplates: [String] = [
    "bias",
    "w0.form", "w0.lower", "w0.prefix1", "w0.prefix2",
    "w0.suffix1", "w0.suffix2", "w0.suffix3", "w0.suffix4",
    "w0.shape", "w0.shape w0.first", "w0.lower w0.first",
    "w-1.tag", "w-2.tag", "w-1.tag w-2.tag", "w-1.tag w0.lower", "w-1.tag w0.suffix3",
    "w-1.lower", "w-1.suffix3", "w-2.lower", "w-1.lower w0.lower",
    "w+1.lower", "w+1.suffix3", "w+1.shape", "w+2.lower", "w0.lower w+1.lower",
    "w-1.tag w+1.lower", "w+1.suffix1 w0.suffix2",
    // an ending means less in capitals: "ING" is no gerund, "Acme" no adverb
    "w0.shape w0.suffix3", "w0.shape w-1.tag",
]

/// Parser positions: `s0`, `s1`, `s2` the top of the stack downwards; `b0`,
/// `b1`, `b2` the front of the buffer; a position followed by `.lc1`/`.lc2`
/// (its leftmost and second-leftmost dependent) or `.rc1`/`.rc2` (rightmost).
/// Attributes: `w` lower-case word, `t` tag (UPOS and Penn), `u` UPOS alone,
/// `l` relation to its head, `vl`/`vr` how many left/right dependents it has,
/// `ls`/`rs` the set of relations of its left/right dependents; `dist` (the
/// distance from s0 to b0) stands alone.
public let parserTemplates: [String] = [
    // single positions
    "s0.w", "s0.t", "s0.w s0.t", "s1.w", "s1.t", "s1.w s1.t", "s2.t", "s2.w s2.t",
    "b0.w", "b0.t", "b0.w b0.t", "b1.w", "b1.t", "b1.w b1.t", "b2.w", "b2.t",
    // pairs
    "s0.w s0.t b0.w b0.t", "s0.w s0.t b0.w", "s0.w b0.w b0.t", "s0.w s0.t b0.t", "s0.t b0.w b0.t",
    "s0.w b0.w", "s0.t b0.t", "b0.t b1.t", "s0.t s1.t", "s0.w s1.w", "s1.w s0.t", "s1.t s0.w",
    "s1.w s1.t s0.w s0.t", "s1.t b0.t", "s1.w b0.w",
    // triples of tags
    "b0.t b1.t b2.t", "s0.t b0.t b1.t", "s1.t s0.t b0.t", "s2.t s1.t s0.t", "s1.t s0.t b1.t",
    "s0.t s0.lc1.t b0.t", "s0.t s0.rc1.t b0.t", "s0.t b0.t b0.lc1.t", "s1.t s0.t s0.lc1.t",
    "s1.t s0.t s0.rc1.t", "s1.t s1.rc1.t s0.t", "s1.t s1.lc1.t s0.t",
    // distance
    "s0.w dist", "s0.t dist", "b0.w dist", "b0.t dist", "s0.w b0.w dist", "s0.t b0.t dist",
    // valency
    "s0.w s0.vr", "s0.t s0.vr", "s0.w s0.vl", "s0.t s0.vl", "b0.w b0.vl", "b0.t b0.vl", "s1.t s1.vr", "s1.t s1.vl",
    // dependents already attached
    "s0.lc1.w", "s0.lc1.t", "s0.lc1.l", "s0.rc1.w", "s0.rc1.t", "s0.rc1.l",
    "s0.lc2.t", "s0.lc2.l", "s0.rc2.t", "s0.rc2.l", "b0.lc1.w", "b0.lc1.t", "b0.lc1.l", "b0.lc2.t", "b0.lc2.l",
    "s1.rc1.t", "s1.rc1.l", "s1.lc1.t", "s1.lc1.l",
    "s0.t s0.lc1.l s0.lc2.l", "s0.t s0.rc1.l s0.rc2.l", "b0.t b0.lc1.l b0.lc2.l",
    // label sets
    "s0.w s0.ls", "s0.t s0.ls", "s0.w s0.rs", "s0.t s0.rs", "b0.w b0.ls", "b0.t b0.ls", "s1.t s1.rs",
    // universal tags with words, for words the Penn tag splits finely
    "s0.u b0.u", "s1.u s0.u b0.u", "s0.w b0.u", "s0.u b0.w",
]

/// Identifies these lists (and the atom vocabulary) in a model file.
public var featureSetID: UInt64 {
    var hash = hashString("briefing-syntax-features-1")
    for template in taggerTemplates { hash = mix(hash, hashString("tagger:" + template)) }
    for template in parserTemplates { hash = mix(hash, hashString("parser:" + template)) }
    return hash
}

/// A template error: the template and what is wrong with it.
struct TemplateError: Error, CustomStringConvertible {
    var template: String
    var message: String
    var description: String { "feature template '\(template)': \(message)" }
}
