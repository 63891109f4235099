import SummitData
import SummitModel

public enum SummitMain {
    public static func run() {
        print("summit")
    }
}
