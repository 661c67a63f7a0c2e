# Generated from forms/first_start.ui by crm_desktop.ui.build_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_start.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QLabel, QLineEdit,
    QRadioButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_FirstStartDialog(object):
    def setupUi(self, FirstStartDialog):
        if not FirstStartDialog.objectName():
            FirstStartDialog.setObjectName(u"FirstStartDialog")
        FirstStartDialog.resize(520, 360)
        self.layout = QVBoxLayout(FirstStartDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(FirstStartDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(FirstStartDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(FirstStartDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.email_label = QLabel(FirstStartDialog)
        self.email_label.setObjectName(u"email_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(FirstStartDialog)
        self.email.setObjectName(u"email")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.email)

        self.position_label = QLabel(FirstStartDialog)
        self.position_label.setObjectName(u"position_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.position_label)

        self.position = QLineEdit(FirstStartDialog)
        self.position.setObjectName(u"position")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.position)


        self.layout.addLayout(self.form)

        self.start_box = QGroupBox(FirstStartDialog)
        self.start_box.setObjectName(u"start_box")
        self.start_layout = QVBoxLayout(self.start_box)
        self.start_layout.setObjectName(u"start_layout")
        self.start_empty = QRadioButton(self.start_box)
        self.start_empty.setObjectName(u"start_empty")
        self.start_empty.setChecked(True)

        self.start_layout.addWidget(self.start_empty)

        self.start_demo = QRadioButton(self.start_box)
        self.start_demo.setObjectName(u"start_demo")

        self.start_layout.addWidget(self.start_demo)


        self.layout.addWidget(self.start_box)

        self.buttons = QDialogButtonBox(FirstStartDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.email_label.setBuddy(self.email)
        self.position_label.setBuddy(self.position)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstStartDialog)

        QMetaObject.connectSlotsByName(FirstStartDialog)
    # setupUi

    def retranslateUi(self, FirstStartDialog):
        FirstStartDialog.setWindowTitle(QCoreApplication.translate("FirstStartDialog", u"Welcome to crm-desktop", None))
        self.intro.setText(QCoreApplication.translate("FirstStartDialog", u"<h2>Welcome</h2><p>Your clients, their history, your day and your deals \u2014 in one place, on this computer. First, tell us who you are.</p>", None))
        self.name_label.setText(QCoreApplication.translate("FirstStartDialog", u"Your &name", None))
        self.email_label.setText(QCoreApplication.translate("FirstStartDialog", u"&Email", None))
        self.position_label.setText(QCoreApplication.translate("FirstStartDialog", u"&Position", None))
        self.start_box.setTitle(QCoreApplication.translate("FirstStartDialog", u"Start with", None))
        self.start_empty.setText(QCoreApplication.translate("FirstStartDialog", u"An empty database \u2014 I will add my own clients", None))
        self.start_demo.setText(QCoreApplication.translate("FirstStartDialog", u"Demo data \u2014 200 companies with history, to look around", None))
    # retranslateUi
