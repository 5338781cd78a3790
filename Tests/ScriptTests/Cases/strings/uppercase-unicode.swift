print("straße".uppercased(), "ÀÉÎ".lowercased())
// expect: STRASSE àéî
