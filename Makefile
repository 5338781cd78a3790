# The two commands of README.md, and a few conveniences.
.PHONY: tour test build bench
tour:            ## set up, build (release), install the kernelspec, run the tour notebook
	scripts/tour.sh
test:            ## run every test
	scripts/test.sh
build:
	swift build
