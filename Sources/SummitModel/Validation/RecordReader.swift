/// One record's JSON object, as the validator reads it: what a kind's `Record.read` is given. Its members stay inside
/// the model (only SummitModel reads dataset files); a kind's reader hands them to its rules in `DatasetValidator`.
public struct RecordReader {
    let validator: DatasetValidator
    let node: JSONNode
    /// The record's position in its kind's array.
    let position: Int
}
