struct Book {
    let title: String
    var pages: Int = 100
    var rating: Double = 0
    let isbn = "none"
}
let a = Book(title: "Swift")
let b = Book(title: "Go", pages: 250)
let c = Book(title: "Rust", pages: 300, rating: 4.5)
print(a)
print(b.pages, c.rating)
print(a.isbn)
// expect: Book(title: "Swift", pages: 100, rating: 0.0, isbn: "none")
// expect: 250 4.5
// expect: none
