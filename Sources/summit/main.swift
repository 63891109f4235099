import SummitCommands

SummitMain.run()
