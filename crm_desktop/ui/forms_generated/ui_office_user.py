# Generated from forms/office_user.ui by crm_desktop.ui.build_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'office_user.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QRadioButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_OfficeUserDialog(object):
    def setupUi(self, OfficeUserDialog):
        if not OfficeUserDialog.objectName():
            OfficeUserDialog.setObjectName(u"OfficeUserDialog")
        OfficeUserDialog.resize(460, 230)
        self.layout = QVBoxLayout(OfficeUserDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.name_label = QLabel(OfficeUserDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(OfficeUserDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.role_label = QLabel(OfficeUserDialog)
        self.role_label.setObjectName(u"role_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role = QComboBox(OfficeUserDialog)
        self.role.setObjectName(u"role")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.role)

        self.team_label = QLabel(OfficeUserDialog)
        self.team_label.setObjectName(u"team_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.team_label)

        self.team = QComboBox(OfficeUserDialog)
        self.team.setObjectName(u"team")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.team)

        self.password_label = QLabel(OfficeUserDialog)
        self.password_label.setObjectName(u"password_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.generate = QRadioButton(OfficeUserDialog)
        self.generate.setObjectName(u"generate")
        self.generate.setChecked(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.generate)

        self.typed_row = QHBoxLayout()
        self.typed_row.setObjectName(u"typed_row")
        self.typed = QRadioButton(OfficeUserDialog)
        self.typed.setObjectName(u"typed")

        self.typed_row.addWidget(self.typed)

        self.password = QLineEdit(OfficeUserDialog)
        self.password.setObjectName(u"password")
        self.password.setEnabled(False)
        self.password.setEchoMode(QLineEdit.Password)

        self.typed_row.addWidget(self.password)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.typed_row)


        self.layout.addLayout(self.form)

        self.error = QLabel(OfficeUserDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(OfficeUserDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.role_label.setBuddy(self.role)
        self.team_label.setBuddy(self.team)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OfficeUserDialog)

        QMetaObject.connectSlotsByName(OfficeUserDialog)
    # setupUi

    def retranslateUi(self, OfficeUserDialog):
        OfficeUserDialog.setWindowTitle(QCoreApplication.translate("OfficeUserDialog", u"New user", None))
        self.name_label.setText(QCoreApplication.translate("OfficeUserDialog", u"&Name", None))
        self.name.setPlaceholderText(QCoreApplication.translate("OfficeUserDialog", u"First and last name", None))
        self.role_label.setText(QCoreApplication.translate("OfficeUserDialog", u"&Role", None))
        self.team_label.setText(QCoreApplication.translate("OfficeUserDialog", u"&Team of", None))
        self.password_label.setText(QCoreApplication.translate("OfficeUserDialog", u"Password", None))
        self.generate.setText(QCoreApplication.translate("OfficeUserDialog", u"&Make a password and show it once", None))
        self.typed.setText(QCoreApplication.translate("OfficeUserDialog", u"T&ype the password:", None))
        self.password.setPlaceholderText(QCoreApplication.translate("OfficeUserDialog", u"at least 8 characters", None))
    # retranslateUi
